// The popup's interface, loaded by main.tsx once the page's copy is under way.
import './popup.css';
import { render } from 'preact';
import { App } from './app';
import { uiLanguage } from '../src/shared/i18n';

// The popup speaks the browser's language, whatever the article's.
document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
// For the benchmark's table: when the interface is up (the answer cannot show before).
performance.mark('lede-step-interface');
