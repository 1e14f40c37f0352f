package org.bricshub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventReadingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'bizLocation': {'id': 'urn:epc:id:sgln:9506001.00011.0'}, 'readPoint': {'id': 'urn:epc:id:sgln:9506001.00010.0'}} | 9506001000113",
        "{'readPoint': {'id': 'urn:epc:id:sgln:9506001.00010.0'}} | 9506001000106",
        "{'bizLocation': {'id': 'https://id.gs1.org/414/9506001000113/254/7'}} | 9506001000113",
        "{'bizLocation': {'id': 'urn:example:warehouse:7'}, 'readPoint': {'id': 'urn:epc:id:sgln:9506001.00010.0'}} | 9506001000106"})
    void gln_bizLocationFirstThenReadPoint(String event, String gln) throws Exception {
        assertThat(EventReading.gln(json(event))).contains(gln);
    }

    @Test
    void gln_privateOrMissingLocation_isEmpty() throws Exception {
        assertThat(EventReading.gln(json("{'bizLocation': {'id': 'urn:example:shop'}}"))).isEmpty();
        assertThat(EventReading.gln(json("{}"))).isEmpty();
    }

    @Test
    void certificates_oneOrMany() throws Exception {
        assertThat(EventReading.certificates(json("{'certificationInfo': 'https://c.example/1'}")))
                .containsExactly("https://c.example/1");
        assertThat(EventReading.certificates(json("{'certificationInfo': ['https://c.example/1', 'https://c.example/2']}")))
                .containsExactly("https://c.example/1", "https://c.example/2");
        assertThat(EventReading.certificates(json("{}"))).isEmpty();
    }

    @Test
    void sensors_summarisedPerTypeAndUnit_withAlarmExcursions() throws Exception {
        var summaries = EventReading.sensors(json("""
                {'sensorElementList': [{'sensorReport': [
                  {'type': 'Temperature', 'value': 4.5, 'uom': 'CEL'},
                  {'type': 'Temperature', 'minValue': 2.0, 'maxValue': 7.5, 'uom': 'CEL'},
                  {'type': 'Temperature', 'value': 9.1, 'uom': 'CEL', 'exception': 'ALARM_CONDITION'},
                  {'type': 'Temperature', 'value': 40, 'uom': 'FAH'},
                  {'type': 'Humidity', 'stringValue': 'damp'}]},
                  {'sensorReport': [{'type': 'RelativeHumidity', 'value': 61, 'uom': 'P1'}]}]}"""));
        assertThat(summaries).hasSize(3);
        SensorSummary celsius = summaries.get(0);
        assertThat(celsius.min()).isEqualByComparingTo("2.0");
        assertThat(celsius.max()).isEqualByComparingTo("9.1");
        assertThat(celsius.readings()).isEqualTo(3);
        assertThat(celsius.excursions()).isEqualTo(1);
        assertThat(summaries.get(1).uom()).contains("FAH");
        assertThat(summaries.get(2).type()).isEqualTo("RelativeHumidity");
        assertThat(EventReading.sensors(json("{}"))).isEmpty();
    }
}
