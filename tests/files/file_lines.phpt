--TEST--
file(): FILE_IGNORE_NEW_LINES, FILE_SKIP_EMPTY_LINES
--FILE--
<?php
require __DIR__ . '/setup.inc';
file_put_contents('f.txt', "a\r\nb\n\nc\n\r\nd");
echo json_encode(file('f.txt')), "\n";
echo json_encode(file('f.txt', FILE_IGNORE_NEW_LINES)), "\n";
echo json_encode(file('f.txt', FILE_SKIP_EMPTY_LINES)), "\n";
echo json_encode(file('f.txt', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES)), "\n";
file_put_contents('g.txt', "one\ntwo\n");
var_dump(file('g.txt'));
var_dump(file('g.txt', FILE_IGNORE_NEW_LINES));
file_put_contents('empty.txt', "");
var_dump(file('empty.txt'));
file_put_contents('nl.txt', "\n\n");
var_dump(file('nl.txt'), file('nl.txt', FILE_IGNORE_NEW_LINES), file('nl.txt', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
var_dump(file('missing.txt'));
try { file('f.txt', 64); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { file(''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(FILE_IGNORE_NEW_LINES, FILE_SKIP_EMPTY_LINES, FILE_NO_DEFAULT_CONTEXT);
cleanup();
--EXPECTF--
["a\r\n","b\n","\n","c\n","\r\n","d"]
["a","b","","c","","d"]
["a\r\n","b\n","\n","c\n","\r\n","d"]
["a","b","c","d"]
array(2) {
  [0]=>
  string(4) "one
"
  [1]=>
  string(4) "two
"
}
array(2) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
}
array(0) {
}
array(2) {
  [0]=>
  string(1) "
"
  [1]=>
  string(1) "
"
}
array(2) {
  [0]=>
  string(0) ""
  [1]=>
  string(0) ""
}
array(0) {
}

Warning: file(missing.txt): Failed to open stream: No such file or directory in %s on line 15
bool(false)
file(): Argument #2 ($flags) must be a valid flag value
Path cannot be empty
int(2)
int(4)
int(16)
bool(false)
