// Template typings for Vue 3 (checked by vue-tsc and editors): properties of the elements and
// their events (`@kz-select`). Opt in with `import type {} from 'kz-indicators/vue'`. Tell Vue
// the tags are custom elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('kz-')`.
import type { DefineComponent } from 'vue';
import type { KzChoropleth } from '../components/kz-choropleth/kz-choropleth.js';
import type { KzSparkline } from '../components/kz-sparkline/kz-sparkline.js';
import type { ChoroplethEventMap } from '../components/kz-choropleth/events.js';
import type { SparklineEventMap } from '../components/kz-sparkline/events.js';
import type { ElementProps } from './element-props.js';

type CamelEvent<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${CamelEvent<Tail>}`
  : Capitalize<S>;

/** Vue's listener props: `@kz-select` is `onKzSelect`. */
export type VueEventProps<Events> = {
  [K in keyof Events as `on${CamelEvent<K & string>}`]?: (event: Events[K]) => void;
};

/** The props of a kz-indicators element in a Vue template. */
export type KzVueProps<E, Events> = ElementProps<E> & VueEventProps<Events>;

declare module 'vue' {
  interface GlobalComponents {
    'kz-choropleth': DefineComponent<KzVueProps<KzChoropleth, ChoroplethEventMap>>;
    'kz-sparkline': DefineComponent<KzVueProps<KzSparkline, SparklineEventMap>>;
  }
}
