--TEST--
an interface extending several interfaces
--FILE--
<?php
interface Readable { function read(): string; }
interface Writable { function write(string $s): void; }
interface Stream extends Readable, Writable { function close(): void; }
class Buffer implements Stream {
    private $data = "";
    function read(): string { return $this->data; }
    function write(string $s): void { $this->data .= $s; }
    function close(): void { echo "closed\n"; }
}
$b = new Buffer;
$b->write("ab");
$b->write("cd");
echo $b->read(), "\n";
$b->close();
var_dump($b instanceof Readable, $b instanceof Writable, $b instanceof Stream);
print_r(class_implements($b));
--EXPECT--
abcd
closed
bool(true)
bool(true)
bool(true)
Array
(
    [Stream] => Stream
    [Writable] => Writable
    [Readable] => Readable
)
