// <study-chart>: one Apache ECharts chart whose option the server sends as JSON (see EChart.java).
// Only the chart types and components the portal uses are registered, to keep the bundle small.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  CalendarComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, HeatmapChart, LineChart,
  AriaComponent, CalendarComponent, GridComponent, LegendComponent, TooltipComponent,
  VisualMapComponent, SVGRenderer,
]);

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

class StudyChart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._chart = null;
    this._dark = null;
    this._rerender = () => this._render();
  }

  // The server sets the option as a JSON string property.
  set option(json) {
    this._option = json ? JSON.parse(json) : null;
    this._render();
  }

  get option() {
    return this._option ? JSON.stringify(this._option) : '';
  }

  connectedCallback() {
    this._resizer = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resizer.observe(this);
    // Vaadin switches light and dark by the theme attribute on <html>, or the system does.
    this._themeWatcher = new MutationObserver(this._rerender);
    this._themeWatcher.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'style', 'class'] });
    darkQuery.addEventListener('change', this._rerender);
    this._render();
  }

  disconnectedCallback() {
    this._resizer.disconnect();
    this._themeWatcher.disconnect();
    darkQuery.removeEventListener('change', this._rerender);
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  _render() {
    if (!this.isConnected || !this._option) {
      return;
    }
    const dark = this._isDark();
    if (this._chart && dark !== this._dark) {
      this._chart.dispose();
      this._chart = null;
    }
    if (!this._chart) {
      this._chart = echarts.init(this, dark ? 'dark' : null, { renderer: 'svg' });
      this._dark = dark;
    }
    const option = this._resolveColours(this._option);
    option.backgroundColor = 'transparent';
    option.textStyle = { fontFamily: getComputedStyle(this).fontFamily, color: this._colour('var(--lumo-body-text-color)') };
    this._chart.setOption(option, { notMerge: true });
  }

  // Dark when the text Lumo puts on the page is light: that follows the theme attribute and the system alike.
  _isDark() {
    const [r, g, b] = (getComputedStyle(this).color.match(/[\d.]+/g) || [0, 0, 0]).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 > 0.5;
  }

  // ECharts draws on SVG and needs real colours: every "var(--lumo-…)" string of the option is resolved here.
  _resolveColours(value) {
    if (typeof value === 'string') {
      return value.startsWith('var(') ? this._colour(value) : value;
    }
    if (Array.isArray(value)) {
      return value.map((item) => this._resolveColours(item));
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this._resolveColours(item)]));
    }
    return value;
  }

  _colour(cssValue) {
    // The chart's own dispose empties the element, so the probe is put back when it went missing.
    if (!this._probe || !this._probe.isConnected) {
      this._probe = document.createElement('span');
      this._probe.style.display = 'none';
      this.appendChild(this._probe);
    }
    this._probe.style.color = cssValue;
    return getComputedStyle(this._probe).color;
  }
}

customElements.define('study-chart', StudyChart);
