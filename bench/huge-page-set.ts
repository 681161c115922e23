// The huge and deep pages both browsers' benchmarks measure (generated: a 10 MB page is never committed).
import { deepPage, giantParagraphPage, tablesOnlyPage, tenMegabytePage } from '../test/fixtures/hostile/huge-pages';

export const hugePages = () => ({ '/ten-mb': tenMegabytePage(), '/deep': deepPage(), '/giant-paragraph': giantParagraphPage(), '/tables': tablesOnlyPage() });
