--TEST--
password_hash/verify/get_info/needs_rehash (bcrypt), crypt() for every php hash kind and its *0/*1 failures
--FILE--
<?php
var_dump(in_array("2y", password_algos(), true), PASSWORD_DEFAULT, PASSWORD_BCRYPT, PASSWORD_BCRYPT_DEFAULT_COST);
$h = password_hash("secret", PASSWORD_DEFAULT);
var_dump(strlen($h), substr($h, 0, 7), password_verify("secret", $h), password_verify("Secret", $h), password_get_info($h), password_needs_rehash($h, PASSWORD_DEFAULT), password_needs_rehash($h, PASSWORD_BCRYPT, ['cost' => 11]), password_needs_rehash($h, PASSWORD_BCRYPT, ['cost' => 10]));
$h = password_hash("secret", PASSWORD_BCRYPT, ['cost' => 5]);
var_dump(substr($h, 0, 7), password_verify("secret", $h), password_get_info($h));
$h = password_hash("x", null); var_dump(substr($h, 0, 7));
$h = password_hash("x", "2y", ['salt' => 'abcdefghijklmnopqrstuv']); var_dump(substr($h, 0, 7));
foreach ([3, 32, "abc"] as $c) { try { password_hash("x", PASSWORD_BCRYPT, ['cost' => $c]); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
try { password_hash("x", "nope"); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { password_hash("x", 1); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(strlen(password_hash("a\0b", PASSWORD_BCRYPT))); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(password_get_info("nothing"), password_needs_rehash("nothing", PASSWORD_DEFAULT), password_verify("x", "nothing"), password_verify("x", ""));
var_dump(password_verify("rasmuslerdorf", '$2y$07$BCryptRequires22Chrcte/VlQH0piJtjXl.0t1XkA8pw9dMXTpOq'));
var_dump(password_verify("rasmuslerdorf", '$1$rasmusle$rISCgZzpwk3UhDidwXvin0'), password_verify("rasmuslerdorf", 'rl.3StKT.4T8M'));
var_dump(crypt('rasmuslerdorf', 'rl'), crypt('rasmuslerdorf', '_J9..rasm'), crypt('rasmuslerdorf', '$1$rasmusle$'), crypt('rasmuslerdorf', '$2a$07$usesomesillystringforsalt$'), crypt('rasmuslerdorf', '$5$rounds=5000$usesomesillystringforsalt$'), crypt('rasmuslerdorf', '$6$rounds=5000$usesomesillystringforsalt$'), crypt('x', '$2y$04$usesomesillystringfore'));
var_dump(crypt('x', ''), crypt('x', '*0'), crypt('x', '$9$abc'), crypt('x', 'a'), crypt('x', '$2y$03$usesomesillystringforsalt$'), crypt('x', '$5$'), crypt('x', '$6$rounds=10$abc'), crypt('x', '$1$'), crypt('x', '!!'), crypt('x', '$2y$04$usesomesillystring'));
try { crypt('x'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
bool(true)
string(2) "2y"
string(2) "2y"
int(10)
int(60)
string(7) "$2y$10$"
bool(true)
bool(false)
array(3) {
  ["algo"]=>
  string(2) "2y"
  ["algoName"]=>
  string(6) "bcrypt"
  ["options"]=>
  array(1) {
    ["cost"]=>
    int(10)
  }
}
bool(false)
bool(true)
bool(false)
string(7) "$2y$05$"
bool(true)
array(3) {
  ["algo"]=>
  string(2) "2y"
  ["algoName"]=>
  string(6) "bcrypt"
  ["options"]=>
  array(1) {
    ["cost"]=>
    int(5)
  }
}
string(7) "$2y$10$"

Warning: password_hash(): The "salt" option has been ignored, since providing a custom salt is no longer supported in %spassword_crypt.php on line 8
string(7) "$2y$10$"
ValueError: Invalid bcrypt cost parameter specified: 3
ValueError: Invalid bcrypt cost parameter specified: 32
ValueError: Invalid bcrypt cost parameter specified: 0
ValueError: password_hash(): Argument #2 ($algo) must be a valid password hashing algorithm
ValueError: Bcrypt password must not contain null character
array(3) {
  ["algo"]=>
  NULL
  ["algoName"]=>
  string(7) "unknown"
  ["options"]=>
  array(0) {
  }
}
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
string(13) "rl.3StKT.4T8M"
string(20) "_J9..rasmBYk8r9AiWNc"
string(34) "$1$rasmusle$rISCgZzpwk3UhDidwXvin0"
string(60) "$2a$07$usesomesillystringfore2uDLvp1Ii2e./U9C8sBjqp8I90dH6hi"
string(75) "$5$rounds=5000$usesomesillystri$KqJWpanXZHKq2BOB43TSaYhEWsQ1Lr5QNyPCDH/Tp.6"
string(118) "$6$rounds=5000$usesomesillystri$D4IrlXatmP7rx3P3InaxBeoomnAihCKRVQP22JZ6EY47Wc6BkroIuUUBOov1i.S5KPgErtP/EN5mcO.ChWQW21"
string(60) "$2y$04$usesomesillystringforeSQy1OSD57qcV.sz00WNOaZXUTmm8OK6"
string(2) "*0"
string(2) "*1"
string(2) "*0"
string(2) "*0"
string(2) "*0"
string(47) "$5$$0Uor7kq6CTPY0DtjOiw.I2DuJSUfiZxCqkrafMVjNc8"
string(2) "*0"
string(26) "$1$$LP5.V3ajGqHDdXW6XwZQy."
string(2) "*0"
string(2) "*0"
ArgumentCountError: crypt() expects exactly 2 arguments, 1 given
