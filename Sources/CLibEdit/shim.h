#ifndef TRENAZHER_CLIBEDIT_SHIM_H
#define TRENAZHER_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>
#include <signal.h>
#include <langinfo.h>
#include <sys/ioctl.h>
#include <errno.h>
#include <poll.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>
#include <histedit.h>
#include <editline/readline.h>

/*
 * Non-variadic wrappers around libedit's `el_set` / `el_get` / `history` (Swift cannot call
 * variadic C functions) and the small amount of C state the prompt and key callbacks need.
 */

/// What the Swift side shares with libedit's callbacks through `EL_CLIENTDATA`.
typedef struct trz_editor_state {
    /// The prompt shown by `trz_prompt`, owned by the Swift side.
    const char *prompt;
    /// Set to 1 by `trz_on_interrupt` when Ctrl-C ends the line.
    int interrupted;
    /// The text of the line Ctrl-C ended (malloc'ed, NUL-terminated; the Swift side frees it):
    /// a line ended by a bound function is not NUL-terminated in `el_gets`'s result.
    char *interrupted_text;
    /// When each key of the current line arrived (monotonic seconds), owned by the Swift side; the
    /// log stops growing at `key_capacity` while `key_total` keeps counting.
    double *key_times;
    /// Whether each logged key is a printable character (not an editing or control key).
    unsigned char *key_printable;
    int key_capacity;
    int key_count;
    int key_total;
    /// Called with `pause_context` before a key is read when none is waiting (the trainee paused or
    /// has not begun): the line as it stands can be kept. Not called while `pause_context` is NULL.
    void (*on_pause)(void *context);
    void *pause_context;
} trz_editor_state;

/// Monotonic seconds, the clock the key log uses.
static inline double trz_monotonic_seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

static inline trz_editor_state *trz_state(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return (trz_editor_state *)data;
}

/// The prompt callback: the prompt string kept in the client data.
static inline char *trz_prompt(EditLine *el) {
    trz_editor_state *state = trz_state(el);
    return (char *)(state != NULL && state->prompt != NULL ? state->prompt : "");
}

/// Bound to Ctrl-C: remembers the interruption and the line's text, and ends the line.
static inline unsigned char trz_on_interrupt(EditLine *el, int ch) {
    (void)ch;
    trz_editor_state *state = trz_state(el);
    if (state != NULL) {
        const LineInfo *line = el_line(el);
        size_t length = (size_t)(line->lastchar - line->buffer);
        free(state->interrupted_text);
        state->interrupted_text = malloc(length + 1);
        if (state->interrupted_text != NULL) {
            memcpy(state->interrupted_text, line->buffer, length);
            state->interrupted_text[length] = '\0';
        }
        state->interrupted = 1;
    }
    return CC_NEWLINE;
}

/// Bound to the function keys and paging keys the editor has no use for: they do nothing. Unbound,
/// libedit reads their escape sequence's lead-in and types the rest («~» for F5).
static inline unsigned char trz_ignore(EditLine *el, int ch) {
    (void)el;
    (void)ch;
    return CC_NORM;
}

/// The escape sequences of F1–F12 (xterm and vt/rxvt forms), Insert, Page Up and Page Down.
static const char *const trz_ignored_keys[] = {
    "\033OP", "\033OQ", "\033OR", "\033OS",
    "\033[11~", "\033[12~", "\033[13~", "\033[14~", "\033[15~", "\033[17~", "\033[18~", "\033[19~",
    "\033[20~", "\033[21~", "\033[23~", "\033[24~", "\033[2~", "\033[5~", "\033[6~", NULL,
};

/// libedit's character reader, replaced so the arrival time of every key is logged: reads one
/// UTF-8 character from standard input (retrying after a signal), as libedit's own reader does.
static inline int trz_read_char(EditLine *el, wchar_t *character) {
    mbstate_t shift;
    memset(&shift, 0, sizeof shift);
    trz_editor_state *waiting = trz_state(el);
    if (waiting != NULL && waiting->on_pause != NULL && waiting->pause_context != NULL) {
        struct pollfd input = { STDIN_FILENO, POLLIN, 0 };
        if (poll(&input, 1, 0) == 0) {
            waiting->on_pause(waiting->pause_context);
        }
    }
    for (;;) {
        char byte;
        ssize_t count = read(STDIN_FILENO, &byte, 1);
        if (count == 0) {
            return 0;
        }
        if (count < 0) {
            if (errno == EINTR || errno == EAGAIN) {
                continue;
            }
            return -1;
        }
        size_t decoded = mbrtowc(character, &byte, 1, &shift);
        if (decoded == (size_t)-2) {
            continue;
        }
        if (decoded == (size_t)-1) {
            memset(&shift, 0, sizeof shift);
            *character = (wchar_t)(unsigned char)byte;
        }
        trz_editor_state *state = trz_state(el);
        if (state != NULL) {
            if (state->key_count < state->key_capacity && state->key_times != NULL && state->key_printable != NULL) {
                state->key_times[state->key_count] = trz_monotonic_seconds();
                state->key_printable[state->key_count] = (*character >= 0x20 && *character != 0x7f) ? 1 : 0;
                state->key_count += 1;
            }
            state->key_total += 1;
        }
        return 1;
    }
}

/// Creates an editor in emacs mode with history, our prompt, Ctrl-C bound to `trz_on_interrupt`,
/// the function keys bound to `trz_ignore`,
/// the terminal's own Ctrl-C signal turned off while editing, and `trz_read_char` logging keys.
static inline EditLine *trz_editor_open(const char *program, FILE *in, FILE *out, FILE *err,
                                        trz_editor_state *state, History *hist) {
    EditLine *el = el_init(program, in, out, err);
    if (el == NULL) {
        return NULL;
    }
    el_set(el, EL_CLIENTDATA, (void *)state);
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_SIGNAL, 1);
    el_set(el, EL_PROMPT, trz_prompt);
    el_set(el, EL_HIST, history, hist);
    el_set(el, EL_SETTY, "-d", "-isig", NULL);
    el_set(el, EL_ADDFN, "trz-interrupt", "Leave the line (Ctrl-C)", trz_on_interrupt);
    el_set(el, EL_BIND, "^C", "trz-interrupt", NULL);
    el_set(el, EL_ADDFN, "trz-ignore", "Ignore a function key", trz_ignore);
    for (const char *const *key = trz_ignored_keys; *key != NULL; key++) {
        el_set(el, EL_BIND, *key, "trz-ignore", NULL);
    }
    el_set(el, EL_GETCFN, trz_read_char);
    return el;
}

/// A history of `size` entries.
static inline History *trz_history_open(int size) {
    History *hist = history_init();
    if (hist != NULL) {
        HistEvent event;
        history(hist, &event, H_SETSIZE, size);
        history(hist, &event, H_SETUNIQUE, 1);
    }
    return hist;
}

/// Adds a line to the history.
static inline void trz_history_add(History *hist, const char *line) {
    HistEvent event;
    history(hist, &event, H_ENTER, line);
}

/*
 * Ctrl-C while the program prints (between two lines, when the terminal turns it into SIGINT) is
 * remembered instead of killing the program, so the next line asks whether to leave. Use these
 * three from a single Swift file: each file that calls them gets its own copy of the flag.
 */
static volatile sig_atomic_t trz_sigint_pending = 0;

static inline void trz_note_sigint(int signal_number) {
    (void)signal_number;
    trz_sigint_pending = 1;
}

/// Installs `trz_note_sigint` for SIGINT.
static inline void trz_catch_sigint(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = trz_note_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, NULL);
}

/// Whether Ctrl-C came since the last call.
static inline int trz_take_sigint(void) {
    int pending = trz_sigint_pending;
    trz_sigint_pending = 0;
    return pending;
}

/// Columns of the terminal on `fd`, or 0 when it is not a terminal.
static inline int trz_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) {
        return 0;
    }
    return size.ws_col;
}
#endif
