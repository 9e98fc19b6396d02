#!/usr/bin/env node
// Drives the public npm client `netschoolapi` (lentryd/NetSchoolApi, `Safe` export)
// against a NetSchool server (normally mock-netcity): log in, read one school week
// (Monday..Saturday) of the diary, log out.
//
// Usage: node diary-week.mjs <origin> <login> <password> <school> <weekStartYYYY-MM-DD>
//   <school>  numeric id (matched against schools/search `id`) or the exact
//             name/shortName (case-insensitive) of the school.
//   <weekStart> any date of the wanted week; the Monday of that week is used.
//
// stdout: exactly one JSON line
//   {"ok":true,"lessons":N,"assignments":N,"days":N,"studentId":N}   exit 0
//   {"ok":false,"error":"<message>"}                                 exit 1
//   {"ok":false,"error":"timeout after 60 s"}                        exit 2
// Everything the library itself prints goes to stderr.

// The library compares dates built from "YYYY-MM-DDT00:00:00" (parsed as local
// time) and sends `Date#toJSON()` (UTC) dates, so pin the process to UTC.
process.env.TZ = "UTC";

const TIMEOUT_MS = 60_000;

const stdoutWrite = process.stdout.write.bind(process.stdout);
let finished = false;

function finish(result, code) {
  if (finished) return;
  finished = true;
  stdoutWrite(JSON.stringify(result) + "\n", () => process.exit(code));
  // If stdout never drains, still leave.
  setTimeout(() => process.exit(code), 2000).unref();
}

function fail(err, code = 1) {
  const message =
    err instanceof Error ? err.message : typeof err === "string" ? err : JSON.stringify(err);
  finish({ ok: false, error: String(message ?? "unknown error") }, code);
}

// The library prints with console.info/console.error (e.g. the «ID школы…» hint
// goes to stdout): route all console output to stderr so stdout stays one line.
for (const level of ["log", "info", "warn", "error", "debug"]) {
  console[level] = (...args) => {
    process.stderr.write(
      args.map((a) => (typeof a === "string" ? a : a instanceof Error ? a.stack : safeInspect(a))).join(" ") + "\n",
    );
  };
}
function safeInspect(v) {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

const globalTimer = setTimeout(() => fail("timeout after 60 s", 2), TIMEOUT_MS);

process.on("unhandledRejection", (e) => fail(e));
process.on("uncaughtException", (e) => fail(e));

function parseWeek(arg) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(arg ?? "");
  if (!m) throw new Error(`weekStart must be YYYY-MM-DD, got: ${arg}`);
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3])
    throw new Error(`invalid date: ${arg}`);
  // Monday of that week (getUTCDay: 0 = Sunday)
  const shift = (d.getUTCDay() + 6) % 7;
  const start = new Date(d.getTime() - shift * 86_400_000);
  const end = new Date(start.getTime() + 5 * 86_400_000); // Saturday
  return { start, end };
}

async function main() {
  const [origin, login, password, schoolArg, weekArg] = process.argv.slice(2);
  if (!origin || !login || password === undefined || !schoolArg || !weekArg)
    throw new Error(
      "usage: node diary-week.mjs <origin> <login> <password> <school> <weekStartYYYY-MM-DD>",
    );
  const { start, end } = parseWeek(weekArg);
  // A number is matched by id (`id == school`), a string by name/shortName.
  const school = /^\d+$/.test(schoolArg) ? Number(schoolArg) : schoolArg;

  const mod = await import("netschoolapi");
  const Safe = mod.Safe ?? mod.default?.Safe;
  if (typeof Safe !== "function") throw new Error("netschoolapi has no Safe export");

  const api = new Safe({ origin, login, password, school });

  let loggedIn = false;
  try {
    await api.logIn();
    loggedIn = true;
    const student = api.context?.defaultStudent();
    if (!student) throw new Error("no student in context (reports/studentGrades SID filter)");

    const diary = await api.diary({ studentId: student.id, start, end });

    let lessons = 0;
    let assignments = 0;
    for (const day of diary.days) {
      lessons += day.lessons.length;
      for (const lesson of day.lessons) assignments += lesson.assignments.length;
    }

    await api.logOut();
    loggedIn = false;

    return { ok: true, lessons, assignments, days: diary.days.length, studentId: student.id };
  } finally {
    if (loggedIn) {
      // best effort, do not mask the original error
      await api.logOut().catch((e) => console.error("logout after error failed:", e?.message));
    }
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
