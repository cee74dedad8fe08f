// JSX typings for React 19, which sets properties and listens to custom events on custom
// elements: `<kz-choropleth src="u5mr.json" onkz-select={(e) => e.detail.area} />`.
// Opt in with `import type {} from 'kz-indicators/react'` (or "types" in tsconfig.json).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { KzChoropleth } from '../components/kz-choropleth/kz-choropleth.js';
import type { KzSparkline } from '../components/kz-sparkline/kz-sparkline.js';
import type { ChoroplethEventMap } from '../components/kz-choropleth/events.js';
import type { SparklineEventMap } from '../components/kz-sparkline/events.js';
import type { ElementProps, EventProps } from './element-props.js';

/** The JSX props of a kz-indicators element: HTML attributes, its properties, its events. */
export type KzJsxProps<E extends HTMLElement, Events> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  ElementProps<E> &
  EventProps<Events, 'on'>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'kz-choropleth': KzJsxProps<KzChoropleth, ChoroplethEventMap>;
      'kz-sparkline': KzJsxProps<KzSparkline, SparklineEventMap>;
    }
  }
}
