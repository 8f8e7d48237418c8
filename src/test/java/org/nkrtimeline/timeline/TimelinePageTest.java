package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class TimelinePageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void unfilteredTimelineShowsAllFiveArticlesInEventOrder() throws Exception {
        Document page = page("/");
        assertThat(page.select("h1").text()).isEqualTo("North Korea–Russia relations");
        assertThat(page.select(".entry-headline").eachText()).containsExactly(
                "Kim and Putin meet at Far East space base; Kim writes “Glory to Russia”",
                "Kim and Putin trade gifts at Vostochny; Putin accepts invitation to North Korea",
                "Kim Jong Un returns from Russia with gifts including a fur hat and drones",
                "Kim Jong Un sends Putin condolences after Moscow concert hall attack",
                "Kim Jong Un pledges support for Russia's war in Ukraine in talks with Shoigu");
    }

    private Document page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
