package ru.netcity.gateway.audit.ruleset;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The parameters of each rule, under the rule's stable code. */
public record RuleParameters(
    @JsonProperty("LESSON_RECORD_SAME_DAY") @Valid @NotNull LessonRecordParameters lessonRecord,
    @JsonProperty("HOMEWORK_WITHIN_5H") @Valid @NotNull HomeworkParameters homework,
    @JsonProperty("MARK_SUFFICIENCY") @Valid @NotNull SufficiencyParameters sufficiency,
    @JsonProperty("SUFFICIENCY_EXEMPT") @Valid @NotNull ExemptionParameters exemption,
    @JsonProperty("NO_RETROACTIVE_CHANGE") @Valid @NotNull RetroactiveParameters retroactive,
    @JsonProperty("FINAL_MARKS_WITHIN_1DAY") @Valid @NotNull FinalMarksParameters finalMarks,
    @JsonProperty("FINAL_MARK_OBJECTIVITY") @Valid @NotNull ObjectivityParameters objectivity,
    @JsonProperty("DATA_QUALITY") @Valid @NotNull DataQualityParameters dataQuality,
    @JsonProperty("CORRECTION_LOG") @Valid @NotNull CorrectionLogParameters correctionLog) {}
