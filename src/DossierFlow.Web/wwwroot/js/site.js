// A form with data-confirm asks before it is sent. Kept in a file because the Content-Security-Policy forbids
// inline script, including on* attributes.
document.addEventListener('submit', event => {
    const question = event.target.dataset && event.target.dataset.confirm;
    if (question && !window.confirm(question)) event.preventDefault();
});

// A button with data-print opens the browser's print dialog (the page's print stylesheet leaves only the content).
document.addEventListener('click', event => {
    if (event.target.closest && event.target.closest('[data-print]')) window.print();
});
