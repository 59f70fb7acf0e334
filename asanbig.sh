export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 G_SLICE=always-malloc ASAN_OPTIONS=detect_leaks=1
for m in file stream; do for th in 1 2; do
 find -L bigsub -type f | sort | MODE=$m LIAN_LOAD_THREADS=$th xargs -n 30 nice ./diffload-asan > asanbig-$m-$th.txt 2> asan-err2.txt || { echo "FAIL $m $th"; head -30 asan-err2.txt; }
 grep -q "ERROR\|runtime error" asan-err2.txt && { echo "ERR $m $th"; grep -m3 -A15 "ERROR\|runtime error" asan-err2.txt; }
 echo "did $m $th"
done; done
