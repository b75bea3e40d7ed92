--TEST--
short_open_tag is on in php -n: <? opens PHP code
--FILE--
<? echo 1; 1 2;
--EXPECTF--

Parse error: syntax error, unexpected integer "2" in %s on line 1
