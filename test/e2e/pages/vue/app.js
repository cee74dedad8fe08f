// A Vue 3 app without a build step: Vue's browser build from an import map, the library from its
// CDN bundle. The dataset is passed as a property (.prop) and kz-select is listened to with @.
import { createApp, shallowRef, ref, onMounted } from 'vue';

const app = createApp({
  setup() {
    const dataset = shallowRef(null);
    const selected = ref(null);
    const selects = ref(0);
    onMounted(async () => {
      dataset.value = await (await fetch('/stories/data/u5mr-regions.json')).json();
    });
    function onSelect(event) {
      selected.value = event.detail;
      selects.value += 1;
    }
    return { dataset, selected, selects, onSelect };
  },
  template: `
    <main>
      <h1>Vue 3 app</h1>
      <template v-if="dataset">
        <kz-choropleth id="map" :data.prop="dataset" indicator="u5mr" period="2019" @kz-select="onSelect"></kz-choropleth>
        <p id="selected" :data-selects="selects">
          {{ selected ? 'Selected: ' + selected.name + ' (' + selected.area + '), ' + selected.period : 'Nothing selected' }}
        </p>
        <kz-sparkline id="spark" variant="card" :data.prop="dataset" indicator="u5mr" :area="selected ? selected.area : 'national'"></kz-sparkline>
      </template>
      <p v-else>Loading…</p>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('kz-');
app.mount('#app');
