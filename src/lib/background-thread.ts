/**
 * Worker threads that run beside the render (the catalogue's files, the print page) do work
 * the build waits for only at its end, while the main thread renders the pages one after
 * another: on a machine with few cores they took CPU time from it. Such a thread lowers its own
 * priority, so the render keeps its core and the thread uses the time it leaves idle. In four
 * pairs of 1,000-lesson builds on a 2-core machine, the render took 6.5 s on average where it
 * took 7.6 s (issue 19). `npm run build`'s own thread does the same once Pagefind indexes the
 * site (scripts/build/run.ts), while it checks the pages beside it.
 *
 * Only Linux gives each thread a priority of its own; elsewhere (macOS, Windows) the same call
 * would lower the whole process, so nothing is done there. With no dependency on the loader
 * hook (no extensionless import), any worker can import it by its full name.
 */
import { constants, setPriority } from 'node:os';

/**
 * Lowers the calling thread's scheduling priority to the lowest (nice 19,
 * `os.constants.priority.PRIORITY_LOW`), on Linux. Lowering one's own priority needs no
 * privilege; the thread cannot raise it again, which a background thread never needs.
 * @param platform the operating system (`process.platform`), a parameter for tests
 * @returns true when the priority was lowered; false on another system or when the system
 *   refused (never throws: scheduling is not worth failing a build over)
 * @example lowerThreadPriority() // first line of a worker that writes files while pages render
 */
export function lowerThreadPriority(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return false;
  try {
    // pid 0 is the calling thread on Linux (a thread is a task with its own nice value).
    setPriority(0, constants.priority.PRIORITY_LOW);
    return true;
  } catch {
    return false;
  }
}
