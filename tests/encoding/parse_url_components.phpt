--TEST--
parse_url() with a component argument
--FILE--
<?php
$u = "http://user:pass@host:81/p?q=1#f";
var_dump(parse_url($u, PHP_URL_SCHEME), parse_url($u, PHP_URL_HOST), parse_url($u, PHP_URL_PORT), parse_url($u, PHP_URL_USER),
    parse_url($u, PHP_URL_PASS), parse_url($u, PHP_URL_PATH), parse_url($u, PHP_URL_QUERY), parse_url($u, PHP_URL_FRAGMENT));
var_dump(parse_url("/only/path", PHP_URL_HOST), parse_url("//h/x", PHP_URL_PORT), parse_url("http://h", -1) === parse_url("http://h"));
var_dump(PHP_URL_SCHEME, PHP_URL_HOST, PHP_URL_PORT, PHP_URL_USER, PHP_URL_PASS, PHP_URL_PATH, PHP_URL_QUERY, PHP_URL_FRAGMENT);
--EXPECT--
string(4) "http"
string(4) "host"
int(81)
string(4) "user"
string(4) "pass"
string(2) "/p"
string(3) "q=1"
string(1) "f"
NULL
NULL
bool(true)
int(0)
int(1)
int(2)
int(3)
int(4)
int(5)
int(6)
int(7)
