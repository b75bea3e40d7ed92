--TEST--
heredoc body less indented than closing marker is a parse error
--FILE--
<?php
echo <<<EOT
  ok
 bad
  EOT;
--EXPECTF--

Parse error: Invalid body indentation level (expecting an indentation level of at least 2) in %s on line 4
