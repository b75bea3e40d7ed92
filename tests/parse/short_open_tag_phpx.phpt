--TEST--
<?phpx is <? followed by the identifier phpx
--FILE--
<?phpx echo 1;
--EXPECTF--

Parse error: syntax error, unexpected token "echo" in %s on line 1
