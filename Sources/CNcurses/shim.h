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

/// Sets one cell with an extended colour pair (ncurses 6.1+), which direct-colour terminals need for RGB pairs.
static inline int kb_put_cell_extended(int y, int x, const char *utf8, attr_t attrs, int pair) {
  wchar_t wide[8];
  size_t n = mbstowcs(wide, utf8, 7);
  if (n == (size_t)-1 || n == 0) { wide[0] = L'?'; n = 1; }
  wide[n] = 0;
  cchar_t cell;
  setcchar(&cell, wide, attrs, 0, &pair);
  return mvadd_wch(y, x, &cell);
}

/// Defines a colour pair, extended when the library has it (colour numbers past 255 for direct colour).
static inline int kb_init_pair(int pair, int foreground, int background) {
  return init_extended_pair(pair, foreground, background);
}

/// Reads a key: returns ERR on timeout, KEY_CODE_YES with *code set for function keys, OK with *code the character.
static inline int kb_get_key(int *code) {
  wint_t wide = 0;
  int result = wget_wch(stdscr, &wide);
  *code = (int)wide;
  return result;
}

static inline int kb_err(void) { return ERR; }
static inline int kb_key_code_yes(void) { return KEY_CODE_YES; }
static inline int kb_key_up(void) { return KEY_UP; }
static inline int kb_key_down(void) { return KEY_DOWN; }
static inline int kb_key_left(void) { return KEY_LEFT; }
static inline int kb_key_right(void) { return KEY_RIGHT; }
static inline int kb_key_ppage(void) { return KEY_PPAGE; }
static inline int kb_key_npage(void) { return KEY_NPAGE; }
static inline int kb_key_home(void) { return KEY_HOME; }
static inline int kb_key_end(void) { return KEY_END; }
static inline int kb_key_btab(void) { return KEY_BTAB; }
static inline int kb_key_backspace(void) { return KEY_BACKSPACE; }
static inline int kb_key_dc(void) { return KEY_DC; }
static inline int kb_key_enter(void) { return KEY_ENTER; }
static inline int kb_key_f0(void) { return KEY_F0; }

#endif
