package cn.silian.statistics.ui;

import cn.silian.SilianSpringTest;
import cn.silian.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The chart script comes from the ECharts webjar, through the real filter chain: to signed-in users only. */
@SilianSpringTest
class EChartScriptTest {

    @Autowired WebApplicationContext context;
    @Autowired AccountService accounts;

    private MockMvc http;

    @BeforeEach
    void client() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aSignedInUserGetsTheScriptAndAnAnonymousVisitorDoesNot() throws Exception {
        MockHttpServletResponse response = http.perform(get("/" + EChart.SCRIPT)
                .with(user(accounts.loadUserByUsername("street01")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("echarts").hasSizeGreaterThan(500_000);
        assertThat(http.perform(get("/" + EChart.SCRIPT)).andReturn().getResponse().getStatus()).isIn(302, 401);
    }
}
