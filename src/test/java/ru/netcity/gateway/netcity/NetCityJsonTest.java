package ru.netcity.gateway.netcity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.netcity.dto.Diary;
import ru.netcity.gateway.netcity.dto.DiaryAssignment;

/** The diary DTOs against the quirks of real data (netcity-api.md §2.1, §2.5, §3). */
class NetCityJsonTest {
  @Test
  void timestampsWithZeroToSevenFractionDigitsParse() {
    assertThat(NetCityJson.timestamp("2023-06-28T12:26:04"))
        .isEqualTo(LocalDateTime.of(2023, 6, 28, 12, 26, 4));
    assertThat(NetCityJson.timestamp("2023-06-28T12:26:04.4").getNano()).isEqualTo(400_000_000);
    assertThat(NetCityJson.timestamp("2023-04-27T08:47:03.813").getNano()).isEqualTo(813_000_000);
    assertThat(NetCityJson.timestamp("2022-10-16T18:49:41.4794107").getNano())
        .isEqualTo(479_410_700);
    assertThat(NetCityJson.timestamp("0001-01-01T00:00:00").getYear()).isEqualTo(1);
  }

  @Test
  void aDiaryWithNullsUnsortedSplitLessonsAndPlaceholdersParses() throws Exception {
    String json =
        """
        {"weekStart":"2023-04-10T00:00:00","weekEnd":"2023-04-16T00:00:00","weekDays":[
          {"date":"2023-04-10T00:00:00","lessons":[
            {"classmeetingId":3,"day":"2023-04-10T00:00:00","number":2,"relay":1,"room":null,
             "startTime":"09:20","endTime":"10:00","subjectName":"Физика","isEaLesson":false},
            {"classmeetingId":2,"day":"2023-04-10T00:00:00","number":1,"relay":1,
             "room":"304/кабинет русского языка","startTime":"08:30:00","endTime":"09:10",
             "subjectName":"Английский язык","assignments":[
               {"id":7,"typeId":10,"assignmentName":"---Не указана---","weight":0,
                "dueDate":"2023-04-10T00:00:00","classMeetingId":2,
                "mark":{"assignmentId":7,"id":0,"studentId":5,"mark":null,"resultScore":null,"dutyMark":true},
                "markComment":null}]},
            {"classmeetingId":1,"day":"2023-04-10T00:00:00","number":1,"relay":1,"room":"215",
             "startTime":"08:30","endTime":"09:10","subjectName":"Английский язык","assignments":[]}]}],
         "laAssigns":[],"termName":"3 триместр","className":"11Б"}
        """;

    Diary diary = NetCityJson.mapper().readValue(json, Diary.class);

    assertThat(diary.weekStart()).isEqualTo(LocalDate.of(2023, 4, 10));
    assertThat(diary.lessons()).extracting(l -> l.classmeetingId()).containsExactly(1L, 2L, 3L);
    assertThat(diary.lessons().get(1).startTime()).isEqualTo(LocalTime.of(8, 30));
    assertThat(diary.lessons().get(2).assignments()).isEmpty();
    DiaryAssignment dot = diary.lessons().get(1).assignments().get(0);
    assertThat(dot.meaningfulName()).isEmpty();
    assertThat(dot.mark().isDot()).isTrue();
    assertThat(dot.mark().mark()).isNull();
  }
}
