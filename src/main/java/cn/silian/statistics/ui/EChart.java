package cn.silian.statistics.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * An Apache ECharts chart. Its options are JSON built on the server ({@link ChartOptions}); the
 * script comes from the ECharts webjar the application serves under {@code /webjars/}, loaded
 * once per page, so no Node build is involved. For assistive technology it is an image named by
 * its aria-label; the figures themselves are in the table next to it.
 */
public class EChart extends Div {

    /** The script in the webjar, relative to the page's base (the application's root). */
    public static final String SCRIPT = "webjars/echarts/5.3.1/dist/echarts.min.js";

    // Loads the script once (a second chart waits for the same script element), then draws and
    // follows the window's size. $0: the options as JSON; $1: the script address.
    private static final String DRAW = """
            const el = this;
            const options = JSON.parse($0);
            const draw = () => {
              const chart = echarts.getInstanceByDom(el) || echarts.init(el);
              chart.setOption(options, true);
              if (!el.$echartsResize) {
                // A chart no longer on the page lets go of the window and of its instance.
                el.$echartsResize = () => {
                  if (el.isConnected) {
                    chart.resize();
                  } else {
                    window.removeEventListener('resize', el.$echartsResize);
                    delete el.$echartsResize;
                    chart.dispose();
                  }
                };
                window.addEventListener('resize', el.$echartsResize);
              }
            };
            if (window.echarts) {
              draw();
            } else {
              let script = document.querySelector('script[data-echarts]');
              if (!script) {
                script = document.createElement('script');
                script.src = $1;
                script.dataset.echarts = 'true';
                document.head.appendChild(script);
              }
              script.addEventListener('load', draw);
            }""";

    private String options;

    /** @param label what the chart shows, read out by screen readers */
    public EChart(String label) {
        addClassName("echart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", label);
        setWidthFull();
        setHeight("18rem");
    }

    /** Draws the chart with these options (ECharts' option object as JSON). */
    public void setOptions(String json) {
        this.options = json;
        if (isAttached()) {
            draw();
        }
    }

    public String getOptions() {
        return options;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (options != null) {
            draw();
        }
    }

    private void draw() {
        getElement().executeJs(DRAW, options, SCRIPT);
    }
}
