// The report chart, loaded once for the page when first shown: chart.js comes in its own chunk, which
// no other page downloads.
import { defineAsyncComponent, defineComponent, h } from 'vue';
import { useI18n } from 'vue-i18n';

const Loading = defineComponent({
  setup() {
    const { t } = useI18n();
    return () => h('p', { class: 'text-body-medium' }, t('reports.loading'));
  },
});

export const ReportChart = defineAsyncComponent({
  loader: () => import('../../components/bar-line-chart.vue'),
  loadingComponent: Loading,
});
