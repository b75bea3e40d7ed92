--TEST--
single quoted strings only process \\ and \'
--FILE--
<?php
echo 'a\nb', "|", 'it\'s', "|", 'back\\slash', "|", 'dollar $x', "|", 'lone \ back', "|", 'end\\', "\n";
var_dump(strlen('\n'), strlen('\\'), strlen('\''));
--EXPECT--
a\nb|it's|back\slash|dollar $x|lone \ back|end\
int(2)
int(1)
int(1)
