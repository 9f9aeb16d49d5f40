#!/usr/bin/env node
// Runs one package's tests (or an example) under a deadline, in a process group of its own:
//   node tooling/run-test.mjs [--deadline <seconds>] <command> [args...]
// A script path (`index.mjs`) runs with this Node.js; any other command is looked up on PATH, as npm
// scripts do. Default deadline 600 s, or CHIASE_TEST_DEADLINE.
//
// Why: turbo waits for a task's output to close, so one process a test leaves behind (a server, a
// worker) holds the whole run until CI's own limit, with nothing printed. Here the command's output
// passes through pipes of this process; when the command ends, whatever it left running in its group
// is listed and stopped. At the deadline, every Node.js process of the group is asked for a diagnostic
// report (SIGUSR2) and this prints what each was doing: its JavaScript stack and the handles (servers,
// sockets, timers) that kept it alive. Then the group is killed and the task fails.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function usage(message) {
  process.stderr.write(
    `run-test: ${message}\nusage: node tooling/run-test.mjs [--deadline <seconds>] <command> [args...]\n`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let deadline = Number(process.env.CHIASE_TEST_DEADLINE ?? 600);
if (args[0] === '--deadline') {
  deadline = Number(args[1]);
  args.splice(0, 2);
}
if (!Number.isFinite(deadline) || deadline <= 0) usage('--deadline must be a positive number of seconds');
const [command, ...rest] = args;
if (command === undefined) usage('the command to run is missing');

const label = [command, ...rest].join(' ');
const say = (line) => process.stderr.write(`run-test: ${line}\n`);
const isScript = /\.(c|m)?js$/.test(command);
const reportDir = mkdtempSync(join(tmpdir(), 'chiase-test-report-'));
const reportOptions = `--report-on-signal --report-signal=SIGUSR2 --report-directory=${reportDir}`;
const ownGroup = process.platform !== 'win32';

const child = spawn(isScript ? process.execPath : command, isScript ? [resolve(command), ...rest] : rest, {
  stdio: ['inherit', 'pipe', 'pipe'],
  detached: ownGroup,
  env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${reportOptions}`.trim() },
});
child.stdout.pipe(process.stdout);
child.stderr.pipe(process.stderr);

/** The processes of the child's group still alive, read from /proc (Linux); empty elsewhere. */
function groupProcesses() {
  if (!ownGroup || !existsSync('/proc/self/stat')) return [];
  const found = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …: comm may hold spaces, so split after its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== child.pid || fields[0] === 'Z') continue;
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      found.push({ pid: Number(name), cmdline });
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

function signalGroup(signal) {
  try {
    if (ownGroup) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // Nothing left to signal.
  }
}

/** Prints, for every diagnostic report written, what that process was doing. */
function printReports() {
  const files = readdirSync(reportDir).filter((name) => name.endsWith('.json'));
  if (files.length === 0) say('no process wrote a diagnostic report (busy in native code?)');
  for (const file of files) {
    const report = JSON.parse(readFileSync(join(reportDir, file), 'utf8'));
    say(`process ${report.header?.processId}: ${(report.header?.commandLine ?? []).join(' ')}`);
    const stack = (report.javascriptStack?.stack ?? []).filter((frame) => frame !== 'Unavailable.');
    say(`  JavaScript stack: ${stack.length === 0 ? '(idle, waiting on the handles below)' : ''}`);
    for (const frame of stack) say(`      ${frame.trim()}`);
    // Only active, referenced handles keep a process alive.
    const handles = (report.libuv ?? []).filter((handle) => handle.is_active && handle.is_referenced);
    say(`  ${handles.length} handle(s) keeping it alive:`);
    for (const handle of handles) {
      const ends = [handle.localEndpoint, handle.remoteEndpoint]
        .filter(Boolean)
        .map((end) => `${end.host ?? end.ip4 ?? end.ip6 ?? ''}:${end.port}`)
        .join(' → ');
      say(`      ${handle.type}${ends ? ` ${ends}` : ''}`);
    }
  }
}

function finish(code) {
  rmSync(reportDir, { recursive: true, force: true });
  process.exit(code);
}

let timedOut = false;
const timer = setTimeout(() => {
  timedOut = true;
  say(`"${label}" did not finish within ${deadline} s; its processes:`);
  for (const { pid, cmdline } of groupProcesses()) say(`  ${pid} ${cmdline}`);
  signalGroup('SIGUSR2');
  setTimeout(() => {
    try {
      printReports();
    } finally {
      signalGroup('SIGKILL');
      finish(1);
    }
  }, 3000);
}, deadline * 1000);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    signalGroup('SIGKILL');
    finish(1);
  });
}

child.on('error', (error) => {
  clearTimeout(timer);
  say(`could not start "${label}": ${error.message}`);
  finish(1);
});

child.on('exit', (code, signal) => {
  if (timedOut) return;
  clearTimeout(timer);
  // Let the pipes drain; a process left behind may hold them open, so do not wait for them long.
  let done = false;
  const settle = () => {
    if (done) return;
    done = true;
    const leftovers = groupProcesses();
    if (leftovers.length > 0) {
      say(`warning: "${label}" left ${leftovers.length} process(es) running; stopping them:`);
      for (const { pid, cmdline } of leftovers) say(`  ${pid} ${cmdline}`);
      signalGroup('SIGKILL');
    }
    if (signal !== null) say(`"${label}" was killed by ${signal}`);
    finish(signal !== null ? 1 : (code ?? 1));
  };
  let open = 2;
  const closed = () => {
    open -= 1;
    if (open === 0) settle();
  };
  if (child.stdout.readableEnded) closed();
  else child.stdout.once('end', closed);
  if (child.stderr.readableEnded) closed();
  else child.stderr.once('end', closed);
  setTimeout(settle, 1000).unref();
});
