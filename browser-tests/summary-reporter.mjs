// Closes the run with the line browser-tests/run and .ci/run rely on:
// "browser: N passed, M failed", after the wall time.

export default class SummaryReporter {
    onBegin() {
        this.started = Date.now();
        this.passed = 0;
        this.failed = 0;
        this.skipped = 0;
    }

    onTestEnd(test, result) {
        if (result.status === 'passed') this.passed += 1;
        else if (result.status === 'skipped') this.skipped += 1;
        else if (result.retry === test.retries) this.failed += 1;
    }

    onEnd(result) {
        if (result.status !== 'passed' && this.failed === 0) this.failed = 1; // setup or timeout
        console.log(`wall time: ${((Date.now() - this.started) / 1000).toFixed(1)} s`);
        const skipped = this.skipped ? `, ${this.skipped} skipped` : '';
        console.log(`browser: ${this.passed} passed, ${this.failed} failed${skipped}`);
    }

    printsToStdio() {
        return false;
    }
}
