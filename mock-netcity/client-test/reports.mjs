#!/usr/bin/env node
// Drives the public npm client `netschoolapi` (lentryd/NetSchoolApi, `Safe` export)
// through its two report methods against a NetSchool server (normally mock-netcity):
// `journal()` (v2/reports/studenttotal, the day grid) for the whole year and
// `grades()` (reports/studentgrades) for one subject in the first term.
//
// Usage: node reports.mjs <origin> <login> <password> <school> [<subjectName>]
//   <subjectName> the SGID item to read `grades()` for; the first one by default.
//
// stdout: exactly one JSON line
//   {"ok":true,"studentId":N,"terms":[...],"journal":[...],"grades":{...}}   exit 0
//   {"ok":false,"error":"<message>"}                                       exit 1
//   {"ok":false,"error":"timeout after 90 s"}                              exit 2
// Everything the library itself prints goes to stderr.

process.env.TZ = "UTC";

const TIMEOUT_MS = 90_000;
const stdoutWrite = process.stdout.write.bind(process.stdout);
let finished = false;

function finish(result, code) {
  if (finished) return;
  finished = true;
  stdoutWrite(JSON.stringify(result) + "\n", () => process.exit(code));
  setTimeout(() => process.exit(code), 2000).unref();
}

function fail(err, code = 1) {
  const message =
    err instanceof Error ? err.message : typeof err === "string" ? err : JSON.stringify(err);
  finish({ ok: false, error: String(message ?? "unknown error") }, code);
}

for (const level of ["log", "info", "warn", "error", "debug"]) {
  console[level] = (...args) => {
    process.stderr.write(args.map((a) => (typeof a === "string" ? a : String(a))).join(" ") + "\n");
  };
}

const globalTimer = setTimeout(() => fail("timeout after 90 s", 2), TIMEOUT_MS);
process.on("unhandledRejection", (e) => fail(e));
process.on("uncaughtException", (e) => fail(e));

async function main() {
  const [origin, login, password, schoolArg, subjectName] = process.argv.slice(2);
  if (!origin || !login || password === undefined || !schoolArg)
    throw new Error("usage: node reports.mjs <origin> <login> <password> <school> [<subjectName>]");
  const school = /^\d+$/.test(schoolArg) ? Number(schoolArg) : schoolArg;

  const mod = await import("netschoolapi");
  const Safe = mod.Safe ?? mod.default?.Safe;
  const api = new Safe({ origin, login, password, school });

  let loggedIn = false;
  try {
    await api.logIn();
    loggedIn = true;
    const student = api.context.defaultStudent();
    const terms = api.context.user.terms.map((t) => ({ id: t.id, name: t.name }));
    const firstTerm = api.context.user.terms.find((t) => t.id != -1);
    const subject =
      api.context.subjects.find((s) => s.name === subjectName) ?? api.context.subjects[0];

    const journal = await api.journal({ studentId: student.id, termId: -1 });
    const grades = await api.grades({
      studentId: student.id,
      subjectId: subject.id,
      termId: firstTerm.id,
    });

    const journalJson = journal.toJSON();
    const gradesJson = grades.toJSON();
    await api.logOut();
    loggedIn = false;
    return {
      ok: true,
      studentId: student.id,
      terms,
      journal: journalJson.subjects.map((s) => ({
        name: s.name,
        marks: s.marks.map((m) => m.mark),
        dots: s.dotList.length,
        missed: s.missedList.map((m) => m.type),
        totalMarks: s.totalMarks,
        middleMarks: s.middleMarks,
      })),
      grades: {
        subject: subject.name,
        termId: firstTerm.id,
        range: gradesJson.range,
        teacher: gradesJson.teacher,
        averageMark: grades.averageMark,
        assignments: gradesJson.assignments.map((a) => ({
          type: a.type?.name ?? null,
          theme: a.theme,
          date: a.date,
          issueDate: a.issueDate,
          mark: a.mark,
        })),
      },
    };
  } finally {
    if (loggedIn) await api.logOut().catch((e) => console.error("logout after error failed:", e?.message));
  }
}

main().then(
  (result) => {
    clearTimeout(globalTimer);
    finish(result, 0);
  },
  (err) => {
    clearTimeout(globalTimer);
    fail(err, 1);
  },
);
