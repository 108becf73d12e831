// theme/reader.js: what the reader sees, beyond mdBook's stock theme
// (book.toml's additional-js; browser-tests/ checks each point).
//
// - Figures follow the theme: in the dark themes (coal, navy, ayu) each
//   figure shows img/X.dark.svg, drawn from the same Graphviz source as
//   img/X.svg by `cargo book figures`, and switches back and forth with the
//   theme menu. The chapters' <figure> markup stays plain.
// - Each figure links to itself at full size. A figure that would have to
//   shrink below 60% to fit the column (a wide one on a phone) is shown at
//   75% instead, in a sideways scroller the keyboard can reach.
// - Any code block or table that scrolls sideways can take keyboard focus,
//   so that it can be scrolled without a mouse.
// - mdBook's sidebar toggle is a <label> carrying aria-label and
//   aria-expanded, which a label may not have: a <button> takes its place
//   (so it is in the tab order, with Enter and Space), and the menu bar is
//   marked as the page's banner landmark.

'use strict';

(function readerView() {
    const html = document.documentElement;
    const DARK = ['coal', 'navy', 'ayu'];
    const MIN_SCALE = 0.6; // below this a figure's 12 pt text is unreadable
    const WIDE_SCALE = 0.75; // what a scrolled figure is shown at

    function isDark() {
        return DARK.some(theme => html.classList.contains(theme));
    }

    function variant(src, dark) {
        const light = src.replace(/\.dark\.svg$/, '.svg');
        return dark ? light.replace(/\.svg$/, '.dark.svg') : light;
    }

    const figures = Array.from(document.querySelectorAll('figure.diagram'));

    function setUpFigure(figure) {
        const img = figure.querySelector('img');
        if (!img || !/\.svg$/.test(img.getAttribute('src') || '')) return;
        const scroller = document.createElement('div');
        scroller.className = 'figure-scroll';
        const link = document.createElement('a');
        link.className = 'figure-full';
        img.replaceWith(scroller);
        scroller.appendChild(link);
        link.appendChild(img);
        img.addEventListener('load', () => fit(figure));
    }

    function showTheme() {
        const dark = isDark();
        for (const figure of figures) {
            const img = figure.querySelector('img');
            if (!img) continue;
            const src = img.getAttribute('src') || '';
            if (!/\.svg$/.test(src)) continue;
            const want = variant(src, dark);
            if (want !== src) img.setAttribute('src', want);
            const link = img.closest('a.figure-full');
            if (link) link.setAttribute('href', want);
        }
    }

    function fit(figure) {
        const scroller = figure.querySelector('.figure-scroll');
        const img = figure.querySelector('img');
        if (!scroller || !img || !img.naturalWidth) return;
        const wide = scroller.clientWidth / img.naturalWidth < MIN_SCALE;
        scroller.classList.toggle('wide', wide);
        img.style.width = wide ? `${Math.round(img.naturalWidth * WIDE_SCALE)}px` : '';
        if (wide) {
            const caption = figure.querySelector('figcaption');
            const name = caption ? caption.textContent.split(':')[0].trim() : 'Figure';
            scroller.setAttribute('tabindex', '0');
            scroller.setAttribute('role', 'region');
            scroller.setAttribute('aria-label', `${name}, scrolls sideways`);
        } else {
            scroller.removeAttribute('tabindex');
            scroller.removeAttribute('role');
            scroller.removeAttribute('aria-label');
        }
    }

    // Blocks that scroll sideways take focus; those that stop scrolling
    // (a wider window) give it back.
    function focusScrollers() {
        for (const el of document.querySelectorAll('main pre, main pre > code, main .table-wrapper')) {
            const overflow = getComputedStyle(el).overflowX;
            const scrolls = /auto|scroll/.test(overflow) && el.scrollWidth > el.clientWidth + 1;
            if (scrolls && !el.hasAttribute('tabindex')) {
                el.setAttribute('tabindex', '0');
                el.dataset.readerFocus = '';
            } else if (!scrolls && 'readerFocus' in el.dataset) {
                el.removeAttribute('tabindex');
                delete el.dataset.readerFocus;
            }
        }
    }

    // mdBook's toggle is a <label> for a hidden checkbox, with aria-label and
    // aria-expanded, which a label may not carry (and no role may fix). A
    // real button takes its place; the label stays, hidden, for book.js,
    // which holds on to it and still does the work when it is clicked.
    function sidebarToggle() {
        const label = document.getElementById('mdbook-sidebar-toggle');
        const checkbox = document.getElementById('mdbook-sidebar-toggle-anchor');
        if (!label || label.tagName !== 'LABEL' || !checkbox) return;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = label.className;
        for (const attr of ['title', 'aria-label', 'aria-controls', 'aria-expanded']) {
            if (label.hasAttribute(attr)) button.setAttribute(attr, label.getAttribute(attr));
        }
        button.innerHTML = label.innerHTML;
        label.removeAttribute('id');
        label.hidden = true;
        label.after(button);
        button.id = 'mdbook-sidebar-toggle';
        button.addEventListener('click', () => label.click());
        const sync = () => button.setAttribute('aria-expanded', String(checkbox.checked));
        checkbox.addEventListener('change', sync);
        sync();
    }

    // The menu bar (book title, sidebar, theme, search and print buttons) is
    // the page's banner: axe wants all content inside a landmark.
    function banner() {
        const bar = document.getElementById('mdbook-menu-bar');
        if (bar && !bar.hasAttribute('role')) bar.setAttribute('role', 'banner');
    }

    function layout() {
        figures.forEach(fit);
        focusScrollers();
    }

    figures.forEach(setUpFigure);
    showTheme();
    sidebarToggle();
    banner();
    layout();
    new MutationObserver(showTheme).observe(html, { attributes: true, attributeFilter: ['class'] });
    window.addEventListener('load', layout);
    let pending = null;
    window.addEventListener('resize', () => {
        cancelAnimationFrame(pending);
        pending = requestAnimationFrame(layout);
    });
})();
