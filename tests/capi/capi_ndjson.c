/* essa-capi-ndjson: essa-parse's output, made through the C API only, so that a test can
   compare the two byte for byte (compare-cli.sh). C99.
     essa-capi-ndjson [--module|--commonjs] [--loc] [--range] [--source-file NAME]
                      [--comments] [--attach-comments] [--stage3-fields] FILE...
       one NDJSON record per file, as essa-parse --ndjson prints them
     essa-capi-ndjson --tokens [--module] [--loc] [--range] [--comments] FILE
       the token list, as essa-parse --tokens prints it
   Exit status: 0, 1 when some input has a syntax error, 2 for usage, I/O or API errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "essa/essa.h"

static char* read_file(const char* path, size_t* size) {
  FILE* f = fopen(path, "rb");
  if (f == NULL) return NULL;
  size_t capacity = 1 << 16, used = 0;
  char* data = malloc(capacity);
  while (data != NULL) {
    used += fread(data + used, 1, capacity - used, f);
    if (used < capacity) break;
    capacity *= 2;
    char* bigger = realloc(data, capacity);
    if (bigger == NULL) free(data);
    data = bigger;
  }
  if (data != NULL && ferror(f)) {
    free(data);
    data = NULL;
  }
  fclose(f);
  *size = used;
  return data;
}

/* A JSON string as JSON.stringify writes it (the texts here are UTF-8, or WTF-8 with lone
   surrogates, which become \udxxx). */
static void write_string(FILE* out, const char* s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  fputc('"', out);
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') {
      fputc('\\', out);
      fputc(c, out);
    } else if (c < 0x20) {
      const char* brief = c == '\b'   ? "\\b"
                          : c == '\f' ? "\\f"
                          : c == '\n' ? "\\n"
                          : c == '\r' ? "\\r"
                          : c == '\t' ? "\\t"
                                      : NULL;
      if (brief != NULL) {
        fputs(brief, out);
      } else {
        fprintf(out, "\\u00%c%c", hex[c >> 4], hex[c & 15]);
      }
    } else if (c == 0xED && i + 2 < n && ((unsigned char)s[i + 1] & 0xE0) == 0xA0) {
      const unsigned unit =
          0xD000u | (((unsigned char)s[i + 1] & 0x3Fu) << 6) | ((unsigned char)s[i + 2] & 0x3Fu);
      fprintf(out, "\\ud%c%c%c", hex[(unit >> 8) & 15], hex[(unit >> 4) & 15], hex[unit & 15]);
      i += 2;
    } else {
      fputc(c, out);
    }
  }
  fputc('"', out);
}

static int usage(void) {
  fputs(
      "usage: essa-capi-ndjson [--tokens] [--module|--commonjs] [--loc] [--range] "
      "[--source-file NAME] [--comments] [--attach-comments] [--stage3-fields] FILE...\n",
      stderr);
  return 2;
}

int main(int argc, char** argv) {
  essa_options options;
  essa_options_init(&options);
  int tokens = 0, first_file = argc;
  for (int i = 1; i < argc; ++i) {
    if (strcmp(argv[i], "--tokens") == 0) {
      tokens = 1;
    } else if (strcmp(argv[i], "--module") == 0) {
      options.goal = ESSA_GOAL_MODULE;
    } else if (strcmp(argv[i], "--commonjs") == 0) {
      options.goal = ESSA_GOAL_COMMONJS;
    } else if (strcmp(argv[i], "--comments") == 0) {
      options.comments = 1;
    } else if (strcmp(argv[i], "--attach-comments") == 0) {
      options.attach_comments = 1;
    } else if (strcmp(argv[i], "--stage3-fields") == 0) {
      options.stage3_fields = 1;
    } else if (strcmp(argv[i], "--loc") == 0) {
      options.loc = 1;
    } else if (strcmp(argv[i], "--range") == 0) {
      options.range = 1;
    } else if (strcmp(argv[i], "--source-file") == 0 && i + 1 < argc) {
      options.source_file = argv[++i];
    } else if (argv[i][0] == '-') {
      return usage();
    } else {
      first_file = i;
      break;
    }
  }
  if (first_file == argc || (tokens && first_file != argc - 1)) return usage();

  int status = 0;
  for (int i = first_file; i < argc; ++i) {
    size_t size = 0;
    char* bytes = read_file(argv[i], &size);
    if (bytes == NULL) {
      fprintf(stderr, "essa-capi-ndjson: cannot read %s\n", argv[i]);
      return 2;
    }
    essa_result* result =
        tokens ? essa_tokenize(bytes, size, &options) : essa_parse(bytes, size, &options);
    free(bytes);
    const essa_status s = essa_result_status(result);
    if (s != ESSA_OK && s != ESSA_SYNTAX_ERROR && s != ESSA_INVALID_UTF8) {
      fprintf(stderr, "essa-capi-ndjson: %s: %s: %s\n", argv[i], essa_status_name(s),
              essa_result_error(result)->message);
      essa_result_free(result);
      return 2;
    }
    size_t length = 0;
    const essa_error* error = essa_result_error(result);
    if (tokens) {
      const char* json = essa_result_tokens(result, &length);
      if (json != NULL) {
        fwrite(json, 1, length, stdout);
        fputc('\n', stdout);
      } else {
        fprintf(stderr, "%s:%u:%u: SyntaxError: %s\n", argv[i], error->line, error->column + 1,
                error->message);
        status = 1;
      }
    } else {
      fputs("{\"file\":", stdout);
      write_string(stdout, argv[i], strlen(argv[i]));
      const char* json = essa_result_json(result, &length);
      if (json != NULL) {
        fputs(",\"ast\":", stdout);
        fwrite(json, 1, length, stdout);
      } else {
        fputs(",\"error\":{\"message\":", stdout);
        write_string(stdout, error->message, error->message_length);
        printf(",\"offset\":%u,\"line\":%u,\"column\":%u,\"raisedAt\":%u}", error->offset,
               error->line, error->column, error->raised_at);
        status = 1;
      }
      fputs("}\n", stdout);
    }
    essa_result_free(result);
  }
  if (fflush(stdout) != 0) return 2;
  return status;
}
