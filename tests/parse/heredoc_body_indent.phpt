--TEST--
a heredoc line indented less than the closing marker
--FILE--
<?php
$x = <<<EOT
    a
   b
    EOT;
--EXPECTF--

Parse error: Invalid body indentation level (expecting an indentation level of at least 4) in %s on line 4
