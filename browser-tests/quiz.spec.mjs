// A practice page's quiz as a reader meets it (the book must be built with
// mdbook-quiz 0.5.0, as browser-tests/run and .ci/run do).
//
// - One reader answers chapter 8's quiz: the first question right, the
//   second wrong, the three Tracing questions right. The review says 4/5,
//   marks the first answer correct and the second incorrect, and "see the
//   correct answers" shows the right choice with its explanation, whose link
//   leads to the section that teaches it.
// - The quiz bundle loads on practice pages only: a chapter page next to it
//   requests no quiz file. Each page's uncompressed weight is reported.

import { test, expect, site, open, problemsOf } from './fixtures.mjs';

const PRACTICE = 'ch08-06-practice.html';
const CHAPTER = 'ch08-00-choosing.html';

test('a reader answers one question right and one wrong', async ({ page }) => {
    const log = await open(page, site() + PRACTICE);
    const quiz = page.locator('.quiz-frame .mdbook-quiz');
    await expect(page.locator('.quiz-frame .quiz-missing')).toBeHidden();
    await expect(quiz.locator('header')).toContainText('5 questions');

    await quiz.getByRole('button', { name: 'Start' }).click();
    await expect(quiz.locator('.counter')).toHaveText('Question 1 / 5');
    await quiz.getByLabel('Rc<Theme>', { exact: true }).check();
    await quiz.locator('input[type=submit]').click();

    await expect(quiz.locator('.counter')).toHaveText('Question 2 / 5');
    await quiz.getByLabel('Rc<Cell<u64>>', { exact: true }).check();
    await quiz.locator('input[type=submit]').click();

    // The three program questions, answered as quizzes/ch08.toml states
    // (cargo test proves those answers against the compiler).
    const tracing = [
        ['Question 3 / 5', 'borrowed owned'],
        ['Question 4 / 5', 'cli:false docs:false'],
        ['Question 5 / 5', '[4] [4, 2, 8] false'],
    ];
    for (const [counter, stdout] of tracing) {
        await expect(quiz.locator('.counter')).toHaveText(counter);
        await quiz.getByLabel('DOES compile').check();
        await quiz.locator('textarea[name=stdout]').fill(stdout);
        await quiz.locator('input[type=submit]').click();
    }

    await expect(quiz).toContainText('You answered 4/5 questions correctly.');
    const answers = quiz.locator('.answer-wrapper');
    await expect(answers.nth(0).locator('.correct')).toContainText('Rc<Theme>');
    await expect(answers.nth(1).locator('.incorrect')).toContainText('Rc<Cell<u64>>');

    await quiz.getByRole('button', { name: 'see the correct answers' }).first().click();
    const second = quiz.locator('.answer-wrapper').nth(1);
    await expect(second).toContainText('Arc<Mutex<u64>>');
    const lesson = second.getByRole('link', { name: 'Sharing across threads' });
    await expect(lesson).toHaveAttribute('href', 'ch08-02-across-threads.html#arcmutext-in-its-place');
    await lesson.click();
    await expect(page).toHaveURL(`${site()}ch08-02-across-threads.html#arcmutext-in-its-place`);
    await expect(page.locator('main h1')).toHaveText('Sharing across threads');

    // Off-site requests fail the test through the `net` fixture.
    expect(problemsOf(log), 'console errors, page errors, failed requests').toEqual([]);
});

for (const name of [PRACTICE, CHAPTER]) {
    test(`the quiz bundle loads on practice pages only: ${name}`, async ({ page }) => {
        // Uncompressed bytes of everything the page loads.
        const sizes = [];
        page.on('response', response => sizes.push(response.body().then(b => b.length, () => 0)));
        const log = await open(page, site() + name);
        const quizFiles = log.urls.filter(url => new URL(url).pathname.includes('/quiz/'));
        if (name === PRACTICE) {
            expect(quizFiles.length, `${name} loads the quiz bundle`).toBeGreaterThan(0);
        } else {
            expect(quizFiles, `${name} loads no quiz file`).toEqual([]);
        }
        const kib = Math.round((await Promise.all(sizes)).reduce((a, b) => a + b, 0) / 1024);
        const note = `page weight, uncompressed: ${name} ${kib} KiB`;
        test.info().annotations.push({ type: 'page weight', description: note });
        console.log(note);
    });
}
