--TEST--
strtolower(), strtoupper(), ucfirst(), lcfirst() are ASCII-only
--FILE--
<?php
var_dump(strtolower("Hello WORLD 123"));
var_dump(strtoupper("Hello world 123"));
var_dump(strtoupper("äbc"));
var_dump(strtolower("ÄBC"));
var_dump(ucfirst("hello"), ucfirst(""), ucfirst("1abc"), ucfirst("Hello"));
var_dump(lcfirst("Hello"), lcfirst("ABC"), lcfirst(""));
--EXPECT--
string(15) "hello world 123"
string(15) "HELLO WORLD 123"
string(4) "äBC"
string(4) "Äbc"
string(5) "Hello"
string(0) ""
string(4) "1abc"
string(5) "Hello"
string(5) "hello"
string(3) "aBC"
string(0) ""
