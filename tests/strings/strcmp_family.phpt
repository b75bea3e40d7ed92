--TEST--
strcmp() and friends return the byte difference or -1/0/1 by length
--FILE--
<?php
var_dump(strcmp("a", "b"), strcmp("b", "a"), strcmp("a", "a"), strcmp("a", "abc"), strcmp("abc", "a"));
var_dump(strcmp("A", "a"), strcmp("\xff", "a"), strcmp("", ""), strcmp("", "x"));
var_dump(strcasecmp("HELLO", "hello"), strcasecmp("A", "c"), strcasecmp("[", "a"), strcasecmp("ab", "A"));
var_dump(strncmp("abcd", "abef", 2), strncmp("abcd", "abef", 3), strncmp("ab", "abc", 5), strncmp("x", "y", 0));
var_dump(strncasecmp("Hello", "hELP", 3), strncasecmp("Hello", "hELP", 4));
var_dump(strcmp(10, 9), strcmp("10", "9"));
--EXPECT--
int(-1)
int(1)
int(0)
int(-1)
int(1)
int(-32)
int(158)
int(0)
int(-1)
int(0)
int(-2)
int(-6)
int(1)
int(0)
int(-2)
int(-1)
int(0)
int(0)
int(-4)
int(-8)
int(-8)
