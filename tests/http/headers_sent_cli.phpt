--TEST--
headers_sent(): false until output reaches stdout (output buffers delay it); then header() and setcookie() are refused
--FILE--
<?php
$first = [headers_sent($file, $line), $file, $line];
ob_start();
echo "buffered\n";
$sent = headers_sent();
header("X-Ok: 1");
ob_end_flush();
var_dump($first, $sent);
var_dump(headers_sent($file, $line), basename($file), $line);
header("X-Late: 1");
header("HTTP/1.1 500 Oops");
var_dump(http_response_code());
var_dump(http_response_code(404));
var_dump(http_response_code());
header_remove("X-Late");
header_remove();
var_dump(setcookie("a", "b"));
var_dump(setrawcookie("a", "b"));
var_dump(headers_list());
try { setcookie(""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
buffered
array(3) {
  [0]=>
  bool(false)
  [1]=>
  string(0) ""
  [2]=>
  int(0)
}
bool(false)
bool(true)
string(20) "headers_sent_cli.php"
int(7)

Warning: Cannot modify header information - headers already sent by (output started at %s/headers_sent_cli.php:7) in %s/headers_sent_cli.php on line 10

Warning: Cannot modify header information - headers already sent by (output started at %s/headers_sent_cli.php:7) in %s/headers_sent_cli.php on line 11
bool(false)
bool(true)
int(404)

Warning: Cannot modify header information - headers already sent by (output started at %s/headers_sent_cli.php:7) in %s/headers_sent_cli.php on line 15

Warning: Cannot modify header information - headers already sent by (output started at %s/headers_sent_cli.php:7) in %s/headers_sent_cli.php on line 16

Warning: Cannot modify header information - headers already sent by (output started at %s/headers_sent_cli.php:7) in %s/headers_sent_cli.php on line 17
bool(false)

Warning: Cannot modify header information - headers already sent by (output started at %s/headers_sent_cli.php:7) in %s/headers_sent_cli.php on line 18
bool(false)
array(0) {
}
setcookie(): Argument #1 ($name) cannot be empty
