/**
 * The builder page (`dist/cdn/builder.html`): from a statistics table to a published widget, in
 * the browser, with nothing uploaded. The elements come from the bundle beside this file, so the
 * preview is exactly what the embed code will show.
 */
import { BuilderApp } from './app.js';

const root = document.getElementById('builder');
if (root) {
  const app = new BuilderApp(root, location.href);
  // A computed address: the bundle is a separate file, never bundled into the builder. The
  // explorer's file registers every element, so the preview can show each of them.
  const bundle = new URL('./kz-explorer.js', import.meta.url).href;
  void import(/* @vite-ignore */ bundle).then(
    () => app.draw(),
    () => app.draw(),
  );
  void app.start();
}
