/* Embedding essa from C: parse a file with the C API (essa/essa.h) and print its ESTree JSON,
   or the syntax error as FILE:LINE:COLUMN: MESSAGE.
     essa-example-c FILE [--module] [--loc]
   Build against an installed essa:
     cc -std=c99 parse.c $(pkg-config --cflags --libs essa) -o essa-example-c */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <essa/essa.h>

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE [--module] [--loc]\n", argv[0]);
    return 2;
  }
  FILE* f = fopen(argv[1], "rb");
  if (f == NULL) {
    fprintf(stderr, "cannot open %s\n", argv[1]);
    return 2;
  }
  char* source = NULL;
  size_t size = 0, capacity = 0;
  for (;;) {
    if (size == capacity) {
      capacity = capacity ? capacity * 2 : 4096;
      char* bigger = realloc(source, capacity);
      if (bigger == NULL) {
        free(source);
        fclose(f);
        return 2;
      }
      source = bigger;
    }
    const size_t got = fread(source + size, 1, capacity - size, f);
    if (got == 0) break;
    size += got;
  }
  fclose(f);

  essa_options options;
  essa_options_init(&options); /* always first: it sets struct_size and the defaults */
  for (int i = 2; i < argc; ++i) {
    if (strcmp(argv[i], "--module") == 0) options.goal = ESSA_GOAL_MODULE;
    if (strcmp(argv[i], "--loc") == 0) options.loc = 1;
  }

  essa_result* result = essa_parse(source, size, &options);
  free(source); /* the result keeps no pointer into the input */
  int status = 0;
  if (essa_result_status(result) == ESSA_OK) {
    size_t length = 0;
    const char* json = essa_result_json(result, &length); /* owned by the result */
    fwrite(json, 1, length, stdout);
    fputc('\n', stdout);
  } else {
    const essa_error* error = essa_result_error(result);
    fprintf(stderr, "%s:%u:%u: %s (%s)\n", argv[1], (unsigned)error->line,
            (unsigned)error->column + 1, error->message,
            essa_status_name(essa_result_status(result)));
    status = 1;
  }
  essa_result_free(result);
  return status;
}
