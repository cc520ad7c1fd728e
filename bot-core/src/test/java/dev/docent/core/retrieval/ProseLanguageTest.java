package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseLanguageTest {

    @Test
    void theScriptOfTheLettersNamesTheLanguage() {
        assertThat(ProseLanguage.of("如何给较慢的测试更多时间？")).hasValue("zh");
        assertThat(ProseLanguage.of("遅いテストにもっと時間を与えるには？")).hasValue("ja");
        assertThat(ProseLanguage.of("느린 테스트에 시간을 더 주려면?")).hasValue("ko");
        assertThat(ProseLanguage.of("Как увеличить таймаут теста?")).hasValue("ru");
        assertThat(ProseLanguage.of("Як збільшити час для повільного тесту?")).hasValue("uk");
    }

    @Test
    void latinScriptIsToldByItsLittleWords() {
        assertThat(ProseLanguage.of("How do I give a slow test more time?")).hasValue("en");
        assertThat(ProseLanguage.of("Comment donner plus de temps à un test lent ?")).hasValue("fr");
        assertThat(ProseLanguage.of("Wie gebe ich einem langsamen Test mehr Zeit für den Lauf?")).hasValue("de");
        assertThat(ProseLanguage.of("¿Cómo puedo dar más tiempo a una prueba lenta con el runner?")).hasValue("es");
    }

    @Test
    void codeIsNotProse() {
        assertThat(ProseLanguage.of("为什么 `test.slow()` 没有效果？\n```js\ntest('the slow one', async ({ page }) => {\n"
                + "  test.slow(); // this is how it is done\n});\n```")).hasValue("zh");
    }

    @Test
    void aQuestionTooShortToTellSaysNothing() {
        assertThat(ProseLanguage.of("timeout")).isEmpty();
        assertThat(ProseLanguage.of("do we get charged per form or per account")).as("'per' is English too").isEmpty();
        assertThat(ProseLanguage.of("`--retries 2`")).isEmpty();
        assertThat(ProseLanguage.of("")).isEmpty();
    }
}
