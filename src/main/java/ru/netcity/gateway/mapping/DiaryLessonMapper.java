package ru.netcity.gateway.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import ru.netcity.gateway.netcity.dto.DiaryLesson;

/** Diary lesson (AIS wire names) → {@link LessonRecord}; the assignments are read separately. */
@Mapper
public interface DiaryLessonMapper {
  @Mapping(source = "classmeetingId", target = "id")
  @Mapping(source = "day", target = "date")
  @Mapping(source = "number", target = "number")
  @Mapping(source = "startTime", target = "start")
  @Mapping(source = "endTime", target = "end")
  @Mapping(source = "subjectName", target = "subject")
  @Mapping(source = "room", target = "room")
  LessonRecord toRecord(DiaryLesson lesson);
}
