--TEST--
enum cases in class constants, property defaults and parameter defaults
--FILE--
<?php
enum Mode: string { case Read = 'r'; case Write = 'w'; }
class File {
    const DEFAULT_MODE = Mode::Read;
    public Mode $mode = Mode::Read;
    public function open(Mode $m = Mode::Write) { return $m->value; }
}
$f = new File;
echo File::DEFAULT_MODE->value, $f->mode->value, $f->open(), $f->open(Mode::Read), "\n";
--EXPECT--
rrwr
