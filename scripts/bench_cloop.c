/* bench_cloop.c: the "C loop" peer of scripts/bench: boys and girls per ward and year.
 *
 * A speed reference, not a register reader. One thread, plain C99, 1 MiB fread blocks.
 * It finds the columns ward, birth_date and sex in the header line, splits each line on
 * commas, takes the year from birth_date characters 6..9 (DD/MM/YYYY), counts sex "Nam"
 * as a boy and "Nữ" as a girl, and prints `ward,year,boys,girls` lines (no header, any
 * order). Build: gcc -O2 -o bench_cloop bench_cloop.c   Run: bench_cloop FILE > OUT
 *
 * What it deliberately leaves out:
 *   - CSV quoting: a quoted field with a comma in it is split like any other.
 *   - Validation: dates, digits, column counts and ids are not checked. A line whose
 *     birth_date is shorter than 10 bytes, or that has no ward or sex, is skipped without
 *     a word. Sex values other than Nam and Nữ are ignored.
 *   - Encodings: bytes are compared as they are (UTF-8 in NFC, no BOM, \n or \r\n).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BUF (1 << 20)   /* read block; one line must fit in it */
#define SLOTS (1 << 16) /* open addressing, linear probing; far more than wards x years */

typedef struct { char *ward; size_t len; int year; long boys, girls; } Slot;
static Slot table[SLOTS];
static char buf[BUF];

static Slot *slot(const char *w, size_t len, int year) {  /* find or insert (ward, year) */
  unsigned h = 2166136261u;                                /* FNV-1a */
  for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)w[i]) * 16777619u;
  h = (h ^ (unsigned)year) * 16777619u;
  for (size_t n = 0; n < SLOTS; n++, h++) {
    Slot *s = &table[h & (SLOTS - 1)];
    if (s->ward && s->year == year && s->len == len && !memcmp(s->ward, w, len)) return s;
    if (s->ward) continue;
    if (!(s->ward = malloc(len + 1))) break;
    memcpy(s->ward, w, len), s->len = len, s->year = year;
    return s;
  }
  fputs("bench_cloop: hash table full or out of memory\n", stderr);
  exit(1);
}

int main(int argc, char **argv) {
  static const char *name[3] = {"ward", "birth_date", "sex"};
  int idx[3] = {-1, -1, -1}, last = 0, header = 1;
  FILE *f = argc == 2 ? fopen(argv[1], "rb") : NULL;
  if (!f) { fputs("usage: bench_cloop FILE (a readable CSV register)\n", stderr); return 2; }
  size_t have = 0, n;
  while ((n = fread(buf + have, 1, BUF - have, f)) > 0 || have > 0) {
    char *p = buf, *end = buf + have + n;
    for (char *nl; p < end; p = nl < end ? nl + 1 : end) {
      if (!(nl = memchr(p, '\n', (size_t)(end - p)))) { if (n > 0) break; nl = end; }  /* EOF */
      const char *e = nl > p && nl[-1] == '\r' ? nl - 1 : nl, *fs[3] = {0, 0, 0};
      size_t fl[3] = {0, 0, 0}; int col = 0;
      for (const char *q = p, *c;; q = c + 1, col++) {  /* data lines stop at column `last` */
        if (!(c = memchr(q, ',', (size_t)(e - q)))) c = e;
        for (int k = 0; k < 3; k++)
          if (header && (size_t)(c - q) == strlen(name[k]) && !memcmp(q, name[k], (size_t)(c - q)))
            idx[k] = col;
          else if (!header && col == idx[k])
            fs[k] = q, fl[k] = (size_t)(c - q);
        if (c == e || (!header && col == last)) break;
      }
      if (header) {
        for (int k = 0; k < 3; k++) {
          if (idx[k] < 0) { fprintf(stderr, "bench_cloop: no column %s\n", name[k]); return 1; }
          if (idx[k] > last) last = idx[k];
        }
        header = 0;
        continue;
      }
      if (!fs[0] || !fs[2] || fl[1] < 10) continue;
      const char *d = fs[1];
      int year = (d[6] - '0') * 1000 + (d[7] - '0') * 100 + (d[8] - '0') * 10 + (d[9] - '0');
      int boy = fl[2] == 3 && !memcmp(fs[2], "Nam", 3);
      int girl = fl[2] == 4 && !memcmp(fs[2], "N\xe1\xbb\xaf", 4);  /* "Nữ" in UTF-8 */
      if (boy || girl) { Slot *s = slot(fs[0], fl[0], year); s->boys += boy, s->girls += girl; }
    }
    have = (size_t)(end - p);
    if (have == BUF) { fputs("bench_cloop: a line longer than 1 MiB\n", stderr); return 1; }
    memmove(buf, p, have);
  }
  if (ferror(f) || header) { fputs("bench_cloop: read error or empty file\n", stderr); return 1; }
  for (size_t i = 0; i < SLOTS; i++)
    if (table[i].ward) {
      fwrite(table[i].ward, 1, table[i].len, stdout);
      printf(",%d,%ld,%ld\n", table[i].year, table[i].boys, table[i].girls);
    }
  return fflush(stdout) ? 1 : 0;
}
