package ru.netcity.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad row, with the exact Russian line the class teacher reads. */
class ParentRowsTest {
  static final LocalDate TODAY = LocalDate.of(2025, 11, 30);
  static final ParentRows.Roster ROSTER =
      (className, studentId) ->
          ParentRegister.classKey(className).equals("7А") && studentId == 101
              ? Optional.of(new ParentRows.Roster.Pupil(1001, "7А"))
              : Optional.empty();

  static List<String> problems(String... rows) {
    String text = String.join(";", ParentSheet.COLUMNS) + "\n" + String.join("\n", rows);
    ParentSheet sheet = CsvSheets.read(text.getBytes(StandardCharsets.UTF_8));
    try {
      new ParentRows(ROSTER, TODAY).check(sheet);
      return List.of();
    } catch (ParentImportException e) {
      return e.problems();
    }
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          7А;555;;Иванова Мария;да;;;;;;;                                  | строка 2: ученика с ID 555 нет в списке класса 7А (по данным АИС)
          8Б;101;;Иванова Мария;да;;;;;;;                                  | строка 2: ученика с ID 101 нет в списке класса 8Б (по данным АИС)
          7А;сто;;Иванова Мария;да;;;;;;;                                  | строка 2: в столбце «ID ученика» ожидается число (id ученика в АИС)
          7А;101;;;да;;;;;;;                                               | строка 2: не заполнен столбец «Родитель»
          7А;101;;Иванова Мария;может быть;;;;;;;                          | строка 2: в столбце «Доступ к дневнику» ожидается «да» или «нет»
          7А;101;;Иванова Мария;да;maria.example.ru;;;;;;                  | строка 2: неверный адрес электронной почты в столбце «Email»
          7А;101;;Иванова Мария;да;;@maria;;;;;                            | строка 2: в столбце «Telegram» ожидается числовой chat id
          7А;101;;Иванова Мария;да;;;id42;;;;                              | строка 2: в столбце «MAX» ожидается числовой id пользователя
          7А;101;;Иванова Мария;да;;;;12-34-56;;;                          | строка 2: неверный номер в столбце «Телефон» (ожидается +7XXXXXXXXXX или 8XXXXXXXXXX)
          7А;101;;Иванова Мария;да;m@example.ru;;;;31.02.2025;заявление;   | строка 2: неверная дата в столбце «Дата согласия» (ожидается ДД.ММ.ГГГГ)
          7А;101;;Иванова Мария;да;m@example.ru;;;;01.12.2025;заявление;   | строка 2: дата согласия 01.12.2025 ещё не наступила (сегодня 30.11.2025)
          7А;101;;Иванова Мария;да;m@example.ru;;;;01.09.2025;;            | строка 2: указана дата согласия, но не указан документ (столбец «Документ»)
          7А;101;;Иванова Мария;да;m@example.ru;;;;;заявление № 1;         | строка 2: указан документ, но не указана дата согласия
          7А;101;;Иванова Мария;да;;;;;01.09.2025;заявление № 1;           | строка 2: указано согласие, но у родителя в файле нет ни одного контакта (Email, Telegram, MAX, Телефон)
          7А;101;;Иванова Мария;да;m@example.ru;;;;;;01.10.2025            | строка 2: указана дата отзыва, но нет даты согласия
          7А;101;;Иванова Мария;да;m@example.ru;;;;01.09.2025;заявление;01.08.2025 | строка 2: дата отзыва 01.08.2025 раньше даты согласия 01.09.2025
          7А;101;;Иванова Мария;да;m@example.ru;;;;01.09.2025;заявление;01.12.2025 | строка 2: дата отзыва 01.12.2025 ещё не наступила (сегодня 30.11.2025)
          """)
  void aBadRowIsReportedByLineInRussian(String row, String problem) {
    assertThat(problems(row.strip())).containsExactly(problem);
  }

  @Test
  void aParentTwiceForTheSameChildOrWithTwoAddressesIsRefused() {
    assertThat(
            problems(
                "7А;101;;Иванова Мария;да;m@example.ru;;;;;;",
                "7А;101;;иванова  мария;да;;;;;;;",
                "7А;101;;Петров Олег;да;o@example.ru;;;;;;",
                "7А;101;;ПЕТРОВ ОЛЕГ;да;oleg@example.ru;;;;;;"))
        .containsExactly(
            "строка 3: этот родитель и ученик уже указаны в строке 2",
            "строка 5: этот родитель и ученик уже указаны в строке 4",
            "строка 5: у того же родителя в строке 4 другое значение в столбце «Email»");
  }

  @Test
  void aFileWithoutTheRequiredColumnsOrRowsIsRefused() {
    ParentSheet noParent =
        CsvSheets.read("Класс;ID ученика\n7А;101\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> new ParentRows(ROSTER, TODAY).check(noParent))
        .isInstanceOfSatisfying(
            ParentImportException.class,
            e -> assertThat(e.problems()).containsExactly("строка 1: нет столбца «Родитель»"));
    // unfilled template rows are skipped, not refused; a file of only those has nothing to import
    assertThat(problems("7А;101;Иванов Пётр;;;;;;;;;"))
        .containsExactly("в файле нет ни одной строки с родителем");
  }

  @Test
  void quotedCellsAndBothDateFormsAreRead() {
    ParentSheet sheet =
        CsvSheets.read(
            (String.join(";", ParentSheet.COLUMNS)
                    + "\r\n7а;101;;\"Иванова; Мария\";Да;;;;+7 913 111 22 33;2025-09-01;"
                    + "\"заявление \"\"№ 1\"\"\";\r\n")
                .getBytes(StandardCharsets.UTF_8));

    List<ParentEntry> entries = new ParentRows(ROSTER, TODAY).check(sheet);

    assertThat(entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.className()).isEqualTo("7А");
              assertThat(e.parentName()).isEqualTo("Иванова; Мария");
              assertThat(e.diaryAccess()).isTrue();
              assertThat(e.contacts()).containsEntry(Channel.SMS, "+79131112233");
              assertThat(e.consentDate()).isEqualTo(LocalDate.of(2025, 9, 1));
              assertThat(e.document()).isEqualTo("заявление \"№ 1\"");
            });
  }

  @Test
  void contactsAreMaskedInLists() {
    assertThat(Masks.mask(Channel.EMAIL, "maria@example.ru")).isEqualTo("m***@example.ru");
    assertThat(Masks.mask(Channel.SMS, "+79131112233")).isEqualTo("**********33");
    assertThat(Masks.mask(Channel.TELEGRAM, "123456789")).isEqualTo("*******89");
  }
}
