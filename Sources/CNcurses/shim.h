#ifndef KUBARIUM_CNCURSES_SHIM_H
#define KUBARIUM_CNCURSES_SHIM_H

// Wide-character ncurses: these must be defined before curses.h so cchar_t and the *_wch calls exist.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <ncursesw/curses.h>

// Swift cannot call C macros or read mutable C globals under strict concurrency; these wrappers expose them.

static inline WINDOW *kb_stdscr(void) { return stdscr; }
static inline int kb_lines(void) { return LINES; }
static inline int kb_cols(void) { return COLS; }
static inline int kb_colors(void) { return COLORS; }
static inline int kb_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t kb_color_pair(int n) { return COLOR_PAIR(n); }
static inline int kb_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int kb_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline attr_t kb_a_bold(void) { return A_BOLD; }
static inline attr_t kb_a_dim(void) { return A_DIM; }
static inline attr_t kb_a_reverse(void) { return A_REVERSE; }
static inline attr_t kb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kb_a_italic(void) { return A_ITALIC; }
static inline attr_t kb_a_normal(void) { return A_NORMAL; }
static inline int kb_key_resize(void) { return KEY_RESIZE; }

/// Sets one cell from a UTF-8 encoded grapheme, with attributes and a colour pair.
static inline int kb_put_cell(int y, int x, const char *utf8, attr_t attrs, short pair) {
  wchar_t wide[8];
  size_t n = mbstowcs(wide, utf8, 7);
  if (n == (size_t)-1 || n == 0) { wide[0] = L'?'; n = 1; }
  wide[n] = 0;
  cchar_t cell;
  setcchar(&cell, wide, attrs, pair, NULL);
  return mvadd_wch(y, x, &cell);
}

#endif
