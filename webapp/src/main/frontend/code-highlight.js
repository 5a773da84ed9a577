// Colours code blocks in rendered answers. The HTML has already been sanitized on the server;
// highlight.js only wraps text it escapes itself in spans.
import hljs from 'highlight.js/lib/common';
import 'highlight.js/styles/github.css';

function highlightWithin(root) {
  root.querySelectorAll('.markdown pre code:not([data-highlighted])').forEach((block) => {
    hljs.highlightElement(block);
  });
}

// Answers appear whenever the learner moves on, so watch for them rather than wait to be asked.
new MutationObserver(() => highlightWithin(document.body)).observe(document.body, { childList: true, subtree: true });
highlightWithin(document.body);
