// A type test (checked by `npm test -- types`, never run): the JSX typings for React 19 and the
// template typings for Vue 3. Each `@ts-expect-error` line must stay an error.
import type { JSX } from 'react';
import type { GlobalComponents } from 'vue';
import type {} from '../../src/frameworks/react.js';
import type {} from '../../src/frameworks/vue.js';

type MapProps = JSX.IntrinsicElements['kz-choropleth'];
type SparkProps = JSX.IntrinsicElements['kz-sparkline'];

export const reactMap: MapProps = {
  id: 'map',
  src: 'u5mr.json',
  classes: 4,
  noLegend: true,
  'onkz-select': (event) => event.detail.area.toUpperCase(),
  'onkz-load': (event) => event.detail.layout,
};
export const reactSpark: SparkProps = { area: 'KZ-11', variant: 'card', 'onkz-hover': (e) => e };
// @ts-expect-error classes is a number
export const wrongType: MapProps = { classes: 'five' };
// @ts-expect-error a sparkline has no kz-select
export const wrongEvent: SparkProps = { 'onkz-select': () => {} };
// @ts-expect-error methods are not props
export const method: MapProps = { svgExport: () => Promise.resolve(null) };

type VueMapProps = InstanceType<GlobalComponents['kz-choropleth']>['$props'];
export const vueMap: VueMapProps = {
  indicator: 'u5mr',
  onKzSelect: (event) => event.detail.name,
};
// @ts-expect-error view is map or table
export const vueWrong: VueMapProps = { view: 'chart' };
