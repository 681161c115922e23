// A saved page may hold its whole content in a wrapper its scripts reveal (<div style="display: none;"> around
// the page, as The Trinidad Guardian's saved page of 28 April 2022 does; first-seen batch 6). Without scripts the
// wrapper stays hidden and Readability skips it, leaving only a <noscript> notice: the page's copy shows it. A
// hidden element that is not most of the page (a closed menu, a modal) is still removed.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractPage } from '../../src/extract/extract-page';
import { analyze } from '../../src/analysis/analyze';

const story = [
  'Thousands of people possibly hoping yesterday to beat the month-end and long-weekend crowds at Massy Stores were left frustrated, as the popular grocery chain was stalled by a cyber attack.',
  'In a statement, Massy Stores said it had taken immediate action, suspending all customer-facing systems, and has been working with experts to restore them.',
  'Cyber security expert Ronald Walcott said, “I would not like to speculate on what transpired, I don’t have the information. But it is happening globally.”',
  'Customers at the Westmoorings branch waited for more than an hour before staff told them that no payments could be taken until the systems came back.',
].map((p) => `<p>${p}</p>`).join('');

const page = (hiddenWidget: string) => new JSDOM(`<!doctype html><html lang="en"><head><title>Massy Stores stalled nationwide by cyber attack</title>
<noscript>JavaScript is disabled in your web browser or browser is too old to support JavaScript.</noscript></head>
<body><div id="i76" style="display: none;" class="page_newspaper"><header><a href="/">Home</a> <a href="/news">News</a></header>
<article><h1>Massy Stores stalled nationwide by cyber attack</h1>${story}</article>${hiddenWidget}</div></body></html>`).window.document;

describe('a page hidden until its scripts run', () => {
  it('is read, not taken for a hidden widget', () => {
    const summary = analyze(extractPage(page(''), 'https://www.guardian.co.tt/news/massy'));
    expect(summary.body).toContain('stalled by a cyber attack');
    expect(summary.body).not.toContain('JavaScript is disabled');
    expect(summary.quotes.map((q) => q.speaker)).toContain('Ronald Walcott');
  });
  it('still loses a hidden widget inside it', () => {
    const widget = '<div style="display:none" class="modal"><p>Sign up for our newsletter and get the news first every morning of the week.</p></div>';
    const summary = analyze(extractPage(page(widget), 'https://www.guardian.co.tt/news/massy'));
    expect(summary.body).toContain('stalled by a cyber attack');
    expect(summary.body).not.toContain('Sign up for our newsletter');
  });
});
