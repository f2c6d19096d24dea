import { describe, expect, it } from 'vitest';
import { MAX_POST_BYTES, postedFiles, readPostedForm, withQuery } from './posted-form';

const multipart = (form: FormData) => new Request('http://localhost/fi/folder/100001/messages/reply', { method: 'POST', body: form });

describe('reading a reply or complement post', () => {
  it('parses a form with its files, leaving out the empty part of a file input left empty', async () => {
    const form = new FormData();
    form.set('body', 'Hei');
    form.append('files', new File(['liite'], 'liite.txt'));
    form.append('files', new File([], ''));
    const read = await readPostedForm(multipart(form));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.form.get('body')).toBe('Hei');
    expect(postedFiles(read.form, 'files').map((file) => file.name)).toEqual(['liite.txt']);
  });

  it('refuses a body larger than four files of 2 MiB and the text can weigh, whether or not its length is declared', async () => {
    const form = new FormData();
    form.append('files', new File([new Uint8Array(MAX_POST_BYTES)], 'iso.pdf'));
    expect(await readPostedForm(multipart(form))).toEqual({ ok: false, reason: 'too-large' });

    const request = multipart(form);
    const streamed = new Request(request.url, { method: 'POST', body: request.body, headers: { 'content-type': request.headers.get('content-type')! }, duplex: 'half' } as RequestInit);
    expect(streamed.headers.get('content-length')).toBeNull();
    expect(await readPostedForm(streamed)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses what is no form', async () => {
    expect(await readPostedForm(new Request('http://localhost/', { method: 'POST', body: '{"body":"x"}', headers: { 'content-type': 'application/json' } }))).toEqual({ ok: false, reason: 'not-a-form' });
  });

  it('returns to a path with its query and fragment set', () => {
    expect(withQuery('/fi/folder?item=100001#item-100001', { reply: 'sent' }, 'messages')).toBe('/fi/folder?item=100001&reply=sent#messages');
  });
});
