// `npm run cli -- pdf sign IN OUT --p12 FILE [--tsa URL] [--reason TEXT] [--location TEXT] [--field NAME]`:
// signs a PDF with a PKCS#12 key (PAdES, appended as an incremental update). The passphrase comes
// from DESK_P12_PASSPHRASE or a hidden prompt, never from the command line (it would sit in the
// shell history and the process list). OUT is written only when signing succeeded.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openP12Signer } from '../../shared/signing/p12-signer';
import { signPdf } from '../../shared/signing/sign-pdf';

const USAGE = 'Cách dùng: npm run cli -- pdf sign IN OUT --p12 FILE [--tsa URL] [--reason TEXT] [--location TEXT] [--field NAME]\nMật khẩu lấy từ biến môi trường DESK_P12_PASSPHRASE hoặc được hỏi (không hiện ra màn hình).';

/** Reads a line from the terminal without echoing it. */
async function promptHidden(question: string): Promise<string> {
  const { stdin, stderr } = process;
  stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let answer = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(answer);
          return;
        }
        if (char === '\u0003') {
          finish();
          reject(new Error('Đã huỷ.'));
          return;
        }
        if (char === '\u007f' || char === '\b') answer = answer.slice(0, -1);
        else answer += char;
      }
    };
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { p12: { type: 'string' }, tsa: { type: 'string' }, reason: { type: 'string' }, location: { type: 'string' }, field: { type: 'string' } },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [input, output] = parsed.positionals;
  const { p12, tsa, reason, location, field } = parsed.values;
  if (!input || !output || !p12 || parsed.positionals.length !== 2) {
    console.error(USAGE);
    return 2;
  }
  const passphrase = process.env['DESK_P12_PASSPHRASE'] ?? (process.stdin.isTTY ? await promptHidden('Mật khẩu tệp chứng thư số: ') : null);
  if (passphrase === null) {
    console.error('Chưa có mật khẩu: đặt biến môi trường DESK_P12_PASSPHRASE hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi.');
    return 2;
  }
  const signer = await openP12Signer(new Uint8Array(readFileSync(p12)), passphrase);
  if (!signer.ok) {
    console.error(signer.error.message);
    return 1;
  }
  const signed = await signPdf(new Uint8Array(readFileSync(input)), {
    signer: signer.value,
    ...(tsa ? { timestampUrl: tsa } : {}),
    ...(reason ? { reason } : {}),
    ...(location ? { location } : {}),
    ...(field ? { fieldName: field } : {}),
  });
  if (!signed.ok) {
    console.error(signed.error.message);
    return 1;
  }
  // Written beside OUT and renamed, so a failure never leaves half a file (and IN may equal OUT).
  const partial = `${output}.partial-${process.pid}`;
  writeFileSync(partial, signed.value.pdf);
  renameSync(partial, output);
  console.log(`Đã ký số ${input} → ${output} (trường chữ ký ${signed.value.fieldName}).`);
  return 0;
}
