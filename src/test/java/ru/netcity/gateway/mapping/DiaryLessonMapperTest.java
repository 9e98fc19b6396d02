package ru.netcity.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;
import ru.netcity.gateway.netcity.dto.DiaryLesson;

class DiaryLessonMapperTest {
  private final DiaryLessonMapper mapper = Mappers.getMapper(DiaryLessonMapper.class);

  @Test
  void everyFieldOfTheLessonIsMappedByName() {
    DiaryLesson lesson =
        new DiaryLesson(
            410000017L,
            LocalDate.of(2023, 9, 4),
            3,
            LocalTime.of(10, 5),
            LocalTime.of(10, 45),
            "305",
            "Алгебра",
            null);

    LessonRecord record = mapper.toRecord(lesson);

    assertThat(record)
        .isEqualTo(
            new LessonRecord(
                410000017L,
                LocalDate.of(2023, 9, 4),
                3,
                LocalTime.of(10, 5),
                LocalTime.of(10, 45),
                "Алгебра",
                "305"));
    assertThat(record.ledgerValue()).isEqualTo("3|10:05-10:45|Алгебра|305");
  }

  @Test
  void aLessonWithoutRoomKeepsAnEmptyRoomInItsValue() {
    DiaryLesson lesson =
        new DiaryLesson(
            1L,
            LocalDate.of(2023, 9, 5),
            1,
            LocalTime.of(8, 30),
            LocalTime.of(9, 10),
            null,
            "Английский язык",
            null);

    LessonRecord record = mapper.toRecord(lesson);

    assertThat(record.room()).isNull();
    assertThat(record.ledgerValue()).isEqualTo("1|08:30-09:10|Английский язык|");
    assertThat(mapper.toRecord(null)).isNull();
  }
}
