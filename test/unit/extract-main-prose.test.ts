// Readability drops elements whose class reads like page furniture before it scores anything. Energías
// Renovables (23 June 2022, Omnivore's Readability test page energias-renovables.com; first-seen batch 15, dev
// half) names its article's container "articulo container-banners", and Readability returned a 627-character
// teaser from the sidebar instead of the article. The element holding most running paragraphs keeps its place.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractPage } from '../../src/extract/extract-page';
import { analyze } from '../../src/analysis/analyze';

const story = [
  'No vamos a entrar en disquisiciones técnico-jurídicas (más abajo dejamos las dos definiciones recogidas en las sendas directivas) y tampoco vamos a cartografiar la España comunera.',
  'Para empezar, una mirada somera a la escena internacional. El pasado mes de febrero la Fundación Naturgy publicó El papel del consumidor y de la gestión de la demanda en la transición energética.',
  'Elaborado por la consultora PWC, el informe (70 páginas) señala que, en la actualidad, existen más de 4.000 proyectos comunitarios que proporcionan energía a través de comunidades energéticas.',
  'En Europa –añaden los autores-, las comunidades energéticas se están desarrollando progresivamente, si bien “destaca Alemania como el país con un mayor despliegue que el resto”.',
].map((p) => `<p><span itemprop="articleBody">${p}</span></p>`).join('');
const teaser = '<div class="lateral"><h3>Baterías con premio en la gran feria europea del almacenamiento de energía</h3><div>El jurado de la feria ees (la gran feria europea de las baterías y los sistemas acumuladores de energía) ya ha seleccionado los productos y soluciones innovadoras que aspiran, como finalistas, al gran premio ees 2021. Independientemente de cuál o cuáles sean las candidaturas ganadoras, la sola inclusión en este exquisito grupo VIP constituye todo un éxito para las empresas. A continuación, los diez finalistas 2021 de los ees Award.</div></div>';

const page = (containerClass: string) => new JSDOM(`<!doctype html><html lang="es"><head><title>Cómo montar paso a paso una comunidad energética</title></head>
<body><div class="container" id="site_content"><div class="dentro"><div class="${containerClass}" id="Articulo"><h1>Cómo montar paso a paso una comunidad energética</h1>${story}</div>${teaser}</div></div></body></html>`).window.document;

describe('an article container whose class reads like furniture', () => {
  it('is read, not replaced by a sidebar teaser', () => {
    const summary = analyze(extractPage(page('articulo container-banners'), 'https://www.energias-renovables.com/autoconsumo/como-montar'));
    expect(summary.body).toContain('destaca Alemania como el país');
    expect(summary.body.startsWith('No vamos a entrar'), summary.body.slice(0, 120)).toBe(true);
  });
  it('leaves a page whose container is plainly named as it was', () => {
    const summary = analyze(extractPage(page('articulo'), 'https://www.energias-renovables.com/autoconsumo/como-montar'));
    expect(summary.body).toContain('destaca Alemania como el país');
  });
});
